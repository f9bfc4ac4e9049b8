package zmqbench.crossings;

import java.util.Map;

/**
 * The published cost of one no-op native call per way of calling, to hold ours beside: Glavo's
 * java-ffi-benchmark on a Ryzen 5800X (JNI about 3.5 ns, JNA about 50, FFM about 3.1, FFM's
 * critical calls about 2.2). JZMQ is JNI; JNA there is its direct mapping, as ours.
 */
final class PublishedCrossings {

    /** Where the figures come from, for the report's note. */
    static final String SOURCE = "Glavo/java-ffi-benchmark, no-op call, Ryzen 5800X";

    private static final Map<String, Double> NS_PER_CALL = Map.of(
            "jni", 3.5, "jzmq", 3.5, "jna", 50.0, "ffm", 3.1, "ffm-critical", 2.2);

    private PublishedCrossings() {
    }

    /** ns per no-op call published for {@code backend}'s way of calling, or null. */
    static Double of(String backend) {
        return NS_PER_CALL.get(backend);
    }
}
