package zmqbench.protocol;

/** {@code {"event":"error","message":...}}: the worker could not run; one line a user can act on. */
public record ErrorRecord(String event, String message) {

    public static final String EVENT = "error";

    public ErrorRecord(String message) {
        this(EVENT, message);
    }
}
