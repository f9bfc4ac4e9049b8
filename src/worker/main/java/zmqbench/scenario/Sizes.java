package zmqbench.scenario;

/**
 * Message sizes as every table, label and chart prints them: whole GiB, MiB or KiB when a size is
 * one, else bytes. Here, beside {@link Gaps}, so that a cell's key can name itself without the
 * reports.
 */
public final class Sizes {

    private Sizes() {
    }

    /** "64 B", "1 KiB", "1 MiB", "1000 B". */
    public static String format(long bytes) {
        if (bytes >= 1L << 30 && bytes % (1L << 30) == 0) {
            return (bytes >> 30) + " GiB";
        }
        if (bytes >= 1L << 20 && bytes % (1L << 20) == 0) {
            return (bytes >> 20) + " MiB";
        }
        if (bytes >= 1L << 10 && bytes % (1L << 10) == 0) {
            return (bytes >> 10) + " KiB";
        }
        return bytes + " B";
    }
}
