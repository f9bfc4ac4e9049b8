package zmqbench.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One colour per backend, the same in every chart. The seven known backends always get the same
 * colour, so reports can be compared by eye; other names take the spare colours in order.
 */
final class BackendPalette {

    private static final Map<String, String> FIXED = Map.of(
            "c", "#1f77b4",
            "jni", "#ff7f0e",
            "jzmq", "#2ca02c",
            "jna", "#d62728",
            "jeromq", "#9467bd",
            "ffm", "#17becf",
            "ffm-critical", "#8c564b");
    private static final String[] SPARE = {"#e377c2", "#bcbd22", "#393b79", "#ad494a"};

    private final Map<String, String> colours = new HashMap<>();

    BackendPalette(List<String> backends) {
        int spare = 0;
        for (String backend : backends) {
            String fixed = FIXED.get(backend);
            if (fixed != null) {
                colours.put(backend, fixed);
            } else if (!colours.containsKey(backend)) {
                colours.put(backend, SPARE[spare++ % SPARE.length]);
            }
        }
    }

    /** The backend's colour as {@code #rrggbb}; names not seen at construction are dark grey. */
    String colour(String backend) {
        return colours.getOrDefault(backend, "#444444");
    }

    /** The colour of a known backend, independent of any result set (for tests and docs). */
    static String fixedColour(String backend) {
        return FIXED.get(backend);
    }
}
