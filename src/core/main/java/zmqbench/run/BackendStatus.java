package zmqbench.run;

/**
 * Whether a backend can run here, as its own worker reported it.
 *
 * @param reason null when available, else why not and the fix
 */
public record BackendStatus(String name, boolean available, String version, String libzmqVersion, String reason) {
}
