package zmqbench.report;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import zmqbench.results.CellKey.LabelPart;
import zmqbench.results.ResultSet;
import zmqbench.results.RunLog;

/**
 * The run log in one line for the first screen: when the run was and how long it took, then each
 * cell's rounds, slices, disturbed slices and why its rounds stopped, e.g. {@code run: 2026-12-02
 * 09:17:07 to 09:19:52 UTC (165 s); latency: 23 rounds, 276 slices, 4 disturbed, decided}.
 */
final class RunLogLine {

    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private RunLogLine() {
    }

    /** The line, or none for a set without a run log (one from before, or still running). */
    static Optional<String> of(ResultSet set) {
        RunLog log = set.runLog();
        if (log == null || log.started() == null || log.ended() == null) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        parts.add("run: " + when(log.started(), log.ended()) + " (" + Math.round(log.durationSeconds()) + " s)");
        boolean scenarioNames = log.cells().stream().map(cell -> cell.key().scenario()).distinct().count()
                == log.cells().size();
        boolean onePattern = log.cells().stream().map(cell -> cell.key().pattern()).distinct().count() <= 1;
        Set<LabelPart> named = onePattern ? Set.of(LabelPart.SCENARIO) : Set.of(LabelPart.SCENARIO, LabelPart.PATTERN);
        for (RunLog.CellRun cell : log.cells()) {
            String name = scenarioNames ? cell.key().scenario().cliName() : cell.key().label(named);
            parts.add(name + ": " + rounds(cell) + ", " + cell.stop());
        }
        return Optional.of(String.join("; ", parts));
    }

    /** The end's date only when it differs from the start's; the zone once, at the end. */
    private static String when(OffsetDateTime started, OffsetDateTime ended) {
        OffsetDateTime end = ended.withOffsetSameInstant(started.getOffset());
        String endText = end.toLocalDate().equals(started.toLocalDate()) ? TIME.format(end) : DAY_AND_TIME.format(end);
        ZoneOffset offset = started.getOffset();
        return DAY_AND_TIME.format(started) + " to " + endText + " UTC" + (offset.equals(ZoneOffset.UTC) ? "" : offset);
    }

    private static String rounds(RunLog.CellRun cell) {
        if (cell.method() == RunLog.Method.FORKS) {
            return count(cell.rounds(), "round") + " of forks";
        }
        return count(cell.rounds(), "round") + ", " + count(cell.slices(), "slice") + ", " + cell.disturbed()
                + " disturbed" + (cell.forksAdded() > 0 ? ", " + count(cell.forksAdded(), "fork") + " added" : "");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
