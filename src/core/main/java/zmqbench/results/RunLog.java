package zmqbench.results;

import com.google.gson.annotations.JsonAdapter;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * How a comparison ran, for the weather it ran in: when it started and ended, in the zone it ran
 * in, and how each cell's rounds went. Written when the run finishes, or as far as it got when it
 * was interrupted; sets from before it have none.
 *
 * @param started written {@code 2026-12-02T09:17:07.537+00:00} ({@link Timestamps})
 * @param durationSeconds from start to end, as the clock read them
 * @param cells in the order they were measured
 */
public record RunLog(
        @JsonAdapter(Timestamps.Adapter.class) OffsetDateTime started,
        @JsonAdapter(Timestamps.Adapter.class) OffsetDateTime ended,
        double durationSeconds,
        List<CellRun> cells) {

    /** How a cell was measured. */
    public enum Method {
        /** Warm pairs in interleaved slices. */
        SLICES,
        /** Rounds of fresh forks. */
        FORKS
    }

    /**
     * One cell's rounds.
     *
     * @param slices slices run in all, the disturbed ones and their repeats included (0 for forks)
     * @param disturbed slices other processes disturbed, each measured again (0 for forks)
     * @param forksAdded worker pairs started after the first rounds, for rows whose forks differed
     *     (0 for forks, and in sets written before there were any)
     * @param stop why its rounds stopped: {@code decided}, {@code pairs differ}, {@code max rounds}, {@code time budget}
     *     (slices); {@code converged}, {@code fixed}, {@code max forks}, {@code time budget} (forks);
     *     {@code failed}
     */
    public record CellRun(CellKey key, Method method, int rounds, int slices, int disturbed, int forksAdded,
                          String stop) {

        public static CellRun forks(CellKey key, int rounds, String stop) {
            return new CellRun(key, Method.FORKS, rounds, 0, 0, 0, stop);
        }
    }

    /** Null cells (absent from a JSON file) read as none. */
    public RunLog {
        cells = cells == null ? List.of() : List.copyOf(cells);
    }

    /**
     * A run from {@code started} to {@code ended} that measured {@code cells}; both to the
     * millisecond, as they are written, so the duration read back agrees with them.
     */
    public static RunLog of(OffsetDateTime started, OffsetDateTime ended, List<CellRun> cells) {
        OffsetDateTime start = started.truncatedTo(ChronoUnit.MILLIS);
        OffsetDateTime end = ended.truncatedTo(ChronoUnit.MILLIS);
        return new RunLog(start, end, Duration.between(start, end).toMillis() / 1000.0, cells);
    }
}
