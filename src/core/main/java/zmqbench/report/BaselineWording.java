package zmqbench.report;

import java.util.List;
import zmqbench.options.LibraryRelease;

/**
 * What the summary's title says the ratios are taken against: "each backend against c", or, when
 * the baseline is a release of a library ({@code --baseline jeromq@0.6.0}), the releases' own
 * question: "jeromq 0.5.4 against 0.6.0".
 */
final class BaselineWording {

    private BaselineWording() {
    }

    /**
     * @param releases the run's library releases
     * @param columns the columns in the report
     */
    static String against(String baseline, List<LibraryRelease> releases, List<String> columns) {
        LibraryRelease base = releases.stream().filter(r -> r.column().equals(baseline)).findFirst().orElse(null);
        if (base == null) {
            return "each backend against " + baseline;
        }
        List<LibraryRelease> others = releases.stream()
                .filter(r -> r.backend().equals(base.backend()) && !r.equals(base) && columns.contains(r.column()))
                .toList();
        String against = base.backend() + " " + String.join(", ", others.stream().map(BaselineWording::label).toList())
                + " against " + label(base);
        boolean more = columns.size() > others.size() + 1;
        return others.isEmpty() ? "each backend against " + baseline
                : more ? against + ", each other backend against " + baseline : against;
    }

    /** The version, or "local" for a local build. */
    private static String label(LibraryRelease release) {
        return release.version() != null ? release.version() : LibraryRelease.LOCAL;
    }
}
