package zmqbench.scenario;

/**
 * The median, or another percentile, of part of an array, found in place (Hoare's selection): no
 * allocation, no full sort.
 */
final class Median {

    private Median() {
    }

    /**
     * The median (the lower one of an even count) of {@code values[from..to)}, which it reorders; 0
     * for an empty range.
     */
    static long ofRange(long[] values, int from, int to) {
        return percentile(values, from, to, 50);
    }

    /**
     * The {@code percent} percentile of {@code values[from..to)} by nearest rank (the value with
     * ceil(percent% of the count) values at or below it: the lower median for 50), which it
     * reorders; 0 for an empty range.
     */
    static long percentile(long[] values, int from, int to, int percent) {
        if (to <= from) {
            return 0;
        }
        int rank = (int) Math.max(1, ((long) (to - from) * percent + 99) / 100);
        return select(values, from, to, from + rank - 1);
    }

    /** The value that would be at index {@code k} were {@code values[from..to)} sorted. */
    private static long select(long[] values, int from, int to, int k) {
        int lo = from;
        int hi = to - 1;
        while (lo < hi) {
            long pivot = values[lo + (hi - lo) / 2];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (values[i] < pivot) {
                    i++;
                }
                while (values[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    long swap = values[i];
                    values[i] = values[j];
                    values[j] = swap;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                break;
            }
        }
        return values[k];
    }
}
