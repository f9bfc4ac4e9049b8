package zmqbench.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The footnote each row of a sliced cell carries: how it was measured, what disturbed it, why it stopped. */
final class SliceNotes {

    /** How every sliced row's note begins. */
    static final String PREFIX = "measured in slices: ";

    private SliceNotes() {
    }

    static Map<String, List<String>> of(SliceSession.Outcome outcome, long sliceMs) {
        Map<String, List<String>> notes = new LinkedHashMap<>();
        for (String row : outcome.forks().keySet()) {
            double waiting = outcome.waitingCpuShare().getOrDefault(row, 0.0);
            notes.put(row, List.of(String.format(Locale.ROOT, "%s%d rounds of about %d ms, %d slices in the cell "
                    + "(%d disturbed by other processes and measured again); stopped: %s; while waiting, a pair "
                    + "used at most %.2f%% of a CPU", PREFIX, outcome.rounds(), sliceMs, outcome.slices(),
                    outcome.disturbed(), outcome.stop(), 100 * waiting)));
        }
        return notes;
    }
}
