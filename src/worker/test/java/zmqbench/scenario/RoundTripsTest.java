package zmqbench.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RoundTripsTest {

    @Test
    void warmupWindowsGiveTheirP50AndStartEmpty() {
        RoundTrips roundTrips = new RoundTrips();
        for (long rtt : new long[] {50, 10, 40, 20, 30}) {
            roundTrips.add(rtt);
        }
        assertEquals(30, roundTrips.closeWindow());
        assertEquals(0, roundTrips.closeWindow(), "an empty window");
        assertEquals(0, roundTrips.keptCount(), "nothing is kept before keepAll");
    }

    @Test
    void aLongWindowKeepsItsLastCapacityRoundTrips() {
        RoundTrips roundTrips = new RoundTrips();
        for (int i = 0; i < RoundTrips.CAPACITY; i++) {
            roundTrips.add(1_000_000); // overwritten by the ring
        }
        for (int i = 0; i < RoundTrips.CAPACITY; i++) {
            roundTrips.add(7);
        }
        assertEquals(7, roundTrips.closeWindow());
    }

    @Test
    void afterKeepAllEveryRoundTripIsKeptInOrderGrowingPastTheRoom() {
        RoundTrips roundTrips = new RoundTrips();
        roundTrips.add(99);
        roundTrips.keepAll(2);
        for (long rtt = 1; rtt <= 5; rtt++) {
            roundTrips.add(rtt);
        }
        assertEquals(5, roundTrips.keptCount());
        assertArrayEquals(new long[] {1, 2, 3, 4, 5}, Arrays.copyOf(roundTrips.kept(), roundTrips.keptCount()));
    }

    @Test
    void keepingAllAgainReusesTheArrayUnlessItIsTooSmall() {
        RoundTrips roundTrips = new RoundTrips();
        roundTrips.keepAll(4);
        long[] first = roundTrips.kept();
        roundTrips.add(1);
        roundTrips.keepAll(3);
        assertSame(first, roundTrips.kept(), "room enough: no allocation");
        assertEquals(0, roundTrips.keptCount(), "kept again from the start");
        roundTrips.keepAll(5);
        assertTrue(roundTrips.kept().length >= 8, "at least doubled, so that growing is rare");
        for (long rtt = 1; rtt <= 5; rtt++) {
            roundTrips.add(rtt);
        }
        assertArrayEquals(new long[] {1, 2, 3, 4, 5}, Arrays.copyOf(roundTrips.kept(), roundTrips.keptCount()));
    }
}
