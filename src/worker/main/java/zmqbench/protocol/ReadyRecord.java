package zmqbench.protocol;

/** {@code {"event":"ready","endpoint":...}}: the bind side is bound; {@code endpoint} is resolved (no wildcard port). */
public record ReadyRecord(String event, String endpoint) {

    public static final String EVENT = "ready";

    public ReadyRecord(String endpoint) {
        this(EVENT, endpoint);
    }
}
