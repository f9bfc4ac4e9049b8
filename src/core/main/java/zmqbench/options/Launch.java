package zmqbench.options;

import java.util.List;

/**
 * How the worker processes are started.
 *
 * @param placement where the peers run: pinned apart, together, or as the scheduler likes
 * @param jvmOptions options every Java worker gets
 * @param jvms JDK directories or java executables the Java workers run on, each a column per
 *     backend; empty: each backend's own
 * @param jvmArgs JVM argument sets (e.g. {@code -XX:+UseZGC}), each a column per backend and JVM
 */
public record Launch(Placement placement, List<String> jvmOptions, List<String> jvms, List<String> jvmArgs) {

    public Launch {
        jvmOptions = CompareOptions.copy(jvmOptions);
        jvms = CompareOptions.copy(jvms);
        jvmArgs = CompareOptions.copy(jvmArgs);
    }
}
