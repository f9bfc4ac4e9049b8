package zmqbench.results;

import com.google.gson.annotations.JsonAdapter;
import java.util.List;
import java.util.Map;

/**
 * One backend's result for one cell, over all its forks, grouped by concern and built by name
 * ({@link #builder}). {@code cells.jsonl} keeps it flat, each group's fields by their own names
 * ({@link FlatCellResult}), as before the grouping.
 *
 * @param versions the binding's and libzmq's versions
 * @param messages the messages its forks sent and received
 * @param latency round trips of all forks' samples together; none without round trips
 * @param figures named estimates across forks, e.g. {@code rtt_p50_ns}, {@code msgs_per_sec}
 *     (see {@link Figure} for the names)
 * @param status {@code ok}, or why the cell failed (lost messages, a crashed worker, ...)
 * @param notes footnotes that qualify the figures, e.g. JeroMQ's ipc being TCP underneath
 */
@JsonAdapter(FlatCellResult.class)
public record CellResult(
        String backend,
        CellVersions versions,
        CellKey key,
        String placement,
        CellMessages messages,
        CellLatency latency,
        Map<String, Estimate> figures,
        List<ForkResult> forks,
        String status,
        List<String> notes) {

    /** How the note on forks measured before steady state begins. */
    public static final String NOT_STEADY_NOTE = "not steady: ";

    /** Null groups and collections (e.g. absent from a JSON file) read as empty ones. */
    public CellResult {
        versions = versions == null ? new CellVersions(null, null) : versions;
        messages = messages == null ? new CellMessages(0, 0) : messages;
        latency = latency == null ? new CellLatency(null, null, null, null) : latency;
        figures = figures == null ? Map.of() : figures;
        forks = forks == null ? List.of() : forks;
        notes = notes == null ? List.of() : notes;
    }

    /** A cell to build by name: every figure not given is 0, null or empty. */
    public static Builder builder(String backend, CellKey key, String status) {
        return new Builder(backend, key, status);
    }

    /** A builder holding this cell, to change some of it and build again. */
    public Builder toBuilder() {
        return builder(backend, key, status).versions(versions.backendVersion(), versions.libzmqVersion())
                .placement(placement).messages(messages.messagesSent(), messages.messagesReceived())
                .rtt(latency.rttNs(), latency.rttCurve())
                .rttUncorrected(latency.rttUncorrectedNs(), latency.rttUncorrectedCurve()).figures(figures)
                .forks(forks).notes(notes);
    }

    public boolean ok() {
        return "ok".equals(status);
    }

    /**
     * The forks (by number) whose auto warm-up hit its cap before steady state: measured anyway,
     * kept in the figures, and flagged by every report.
     */
    public List<Integer> notSteadyForks() {
        return forks.stream().filter(ForkResult::notSteady).map(ForkResult::fork).toList();
    }

    /**
     * The cell's note naming its not-steady forks, or null when every fork was steady (or fixed).
     * They are kept in the figures (dropping them would report only the forks that happened to
     * settle); this note is how no report averages them in silently.
     */
    public static String notSteadyNote(List<ForkResult> okForks) {
        List<String> names = okForks.stream().filter(ForkResult::notSteady).map(f -> Integer.toString(f.fork()))
                .toList();
        if (names.isEmpty()) {
            return null;
        }
        return NOT_STEADY_NOTE + (names.size() == 1 ? "fork " : "forks ") + String.join(", ", names) + " of "
                + okForks.size() + " reached the warm-up cap before steady state; measured anyway and kept in "
                + "the figures";
    }

    /** The estimate of {@code figure}, or null when this cell has none. */
    public Estimate figure(Figure figure) {
        return figures.get(figure.key());
    }

    /** Sets a cell's parts by name; each setter returns the builder. */
    public static final class Builder {
        private final String backend;
        private final CellKey key;
        private final String status;
        private String backendVersion;
        private String libzmqVersion;
        private String placement;
        private long messagesSent;
        private long messagesReceived;
        private LatencySummary rttNs;
        private List<PercentilePoint> rttCurve;
        private LatencySummary rttUncorrectedNs;
        private List<PercentilePoint> rttUncorrectedCurve;
        private Map<String, Estimate> figures;
        private List<ForkResult> forks;
        private List<String> notes;

        private Builder(String backend, CellKey key, String status) {
            this.backend = backend;
            this.key = key;
            this.status = status;
        }

        public Builder versions(String backend, String libzmq) {
            backendVersion = backend;
            libzmqVersion = libzmq;
            return this;
        }

        public Builder placement(String value) {
            placement = value;
            return this;
        }

        public Builder messages(long sent, long received) {
            messagesSent = sent;
            messagesReceived = received;
            return this;
        }

        public Builder rtt(LatencySummary summary, List<PercentilePoint> curve) {
            rttNs = summary;
            rttCurve = curve;
            return this;
        }

        public Builder rttUncorrected(LatencySummary summary, List<PercentilePoint> curve) {
            rttUncorrectedNs = summary;
            rttUncorrectedCurve = curve;
            return this;
        }

        public Builder figures(Map<String, Estimate> value) {
            figures = value;
            return this;
        }

        public Builder forks(List<ForkResult> value) {
            forks = value;
            return this;
        }

        public Builder notes(List<String> value) {
            notes = value;
            return this;
        }

        public CellResult build() {
            return new CellResult(backend, new CellVersions(backendVersion, libzmqVersion), key, placement,
                    new CellMessages(messagesSent, messagesReceived),
                    new CellLatency(rttNs, rttCurve, rttUncorrectedNs, rttUncorrectedCurve), figures, forks, status,
                    notes);
        }
    }
}
