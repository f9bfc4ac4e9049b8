package zmqbench.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MedianTest {

    @Test
    void matchesASortedCopy() {
        Random random = new Random(42);
        for (int n = 1; n < 300; n++) {
            long[] values = random.longs(n, 0, 50).toArray();
            long[] sorted = values.clone();
            Arrays.sort(sorted);
            assertEquals(sorted[(n - 1) / 2], Median.ofRange(values, 0, n), "the lower median, n = " + n);
            for (int percent : new int[] {1, 50, 90, 99, 100}) {
                int rank = (int) Math.ceil(n * percent / 100.0); // nearest rank
                assertEquals(sorted[rank - 1], Median.percentile(values, 0, n, percent), "n = " + n + ", p" + percent);
            }
        }
    }

    @Test
    void looksOnlyAtTheRange() {
        long[] values = {99, 5, 1, 3, 99};
        assertEquals(3, Median.ofRange(values, 1, 4));
        assertEquals(99, values[0]);
        assertEquals(99, values[4]);
    }

    @Test
    void anEmptyRangeIsZero() {
        assertEquals(0, Median.ofRange(new long[3], 2, 2));
    }
}
