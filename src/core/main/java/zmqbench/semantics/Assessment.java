package zmqbench.semantics;

import zmqbench.protocol.ProbeSpec;
import zmqbench.protocol.ProbeRecord;

import java.util.List;

/**
 * One probe's outcome held against the documentation.
 *
 * @param record what the worker saw; null when the probe failed
 * @param failure null, or why the probe gave no record (the worker's own message)
 * @param behaviour the behaviour read from the record ({@link Behaviour#OTHER} when it failed)
 * @param differences how the record differs from {@link #documented()}; empty when it matches
 * @param explanation null, or why a known backend differs (see {@link Explanations})
 */
public record Assessment(ProbeSpec spec, ProbeRecord record, String failure, Behaviour behaviour,
                         List<String> differences, String explanation) {

    public Assessment {
        differences = List.copyOf(differences);
    }

    public static Assessment of(ProbeSpec spec, ProbeRecord record) {
        List<String> differences = Documented.of(spec.socket()).differences(record);
        return new Assessment(spec, record, null, Behaviour.of(record), differences,
                differences.isEmpty() ? null : Explanations.of(spec, record));
    }

    public static Assessment failed(ProbeSpec spec, String failure) {
        return new Assessment(spec, null, failure, Behaviour.OTHER, List.of(), null);
    }

    public Documented documented() {
        return Documented.of(spec.socket());
    }

    public boolean failed() {
        return failure != null;
    }

    /** True when the probe ran and the backend behaved as documented. */
    public boolean matches() {
        return failure == null && differences.isEmpty();
    }

    /** e.g. {@code jeromq pub/tcp}. */
    public String label() {
        return spec.backend() + " " + spec.label();
    }
}
