package zmqbench.cli.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import zmqbench.cli.calibration.CalibrationCell.Verdict;

class CalibrationCellTest {

    /** A cell whose tool reads plain x ratio[r] in round r + 1, the machine drifting between rounds. */
    private static CalibrationCell cell(double... ratios) {
        CalibrationCell cell = new CalibrationCell("c", "throughput", 64);
        for (int r = 0; r < ratios.length; r++) {
            double plain = 3e6 * (1 + 0.2 * (r % 3));
            cell.add(false, r + 1, plain);
            cell.add(true, r + 1, plain * ratios[r]);
        }
        return cell;
    }

    @Test
    void tightRatiosNearOneAreWithin() {
        CalibrationCell cell = cell(1.01, 0.99, 1.00, 1.02, 0.98, 1.00);
        assertEquals(Verdict.WITHIN, cell.verdict());
        assertEquals(6, cell.rounds());
        assertTrue(cell.plainSpread() > 0.1, "the machine's drift shows in the plain spread");
        assertFalse(cell.pending(6, 30), "decided");
        assertTrue(cell.pending(8, 30), "fewer than the least rounds");
    }

    @Test
    void tightRatiosFarFromOneAreOutside() {
        assertEquals(Verdict.OUTSIDE, cell(0.80, 0.82, 0.81, 0.79, 0.80).verdict());
        assertEquals(Verdict.OUTSIDE, cell(1.20, 1.22, 1.19).verdict());
    }

    @Test
    void wideRatiosStayUndecidedUntilTheCap() {
        CalibrationCell cell = cell(0.80, 1.20, 0.90, 1.10, 1.00);
        assertEquals(Verdict.UNDECIDED, cell.verdict());
        assertTrue(cell.pending(3, 30));
        assertFalse(cell.pending(3, 5), "at the cap");
    }

    @Test
    void oneSideAloneHasNoRatio() {
        CalibrationCell cell = new CalibrationCell("jeromq", "latency", 1024);
        cell.add(true, 1, 45_000);
        assertEquals(0, cell.rounds());
        assertNull(cell.ratio());
        assertEquals(Verdict.UNDECIDED, cell.verdict());
        assertTrue(cell.pending(1, 1), "a round without its pair is not a round");
    }
}
