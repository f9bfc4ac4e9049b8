package zmqbench.scenario;

/** The median of part of an array, found in place (Hoare's selection): no allocation, no full sort. */
final class Median {

    private Median() {
    }

    /**
     * The median (the lower one of an even count) of {@code values[from..to)}, which it reorders; 0
     * for an empty range.
     */
    static long ofRange(long[] values, int from, int to) {
        if (to <= from) {
            return 0;
        }
        int k = from + (to - from - 1) / 2;
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
