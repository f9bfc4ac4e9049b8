package zmqbench.scenario;

/**
 * How the two peers reach each other: inproc (threads of one process), ipc (a Unix socket on one
 * host) or tcp.
 */
public enum Transport {
    INPROC, IPC, TCP;

    /** Command-line name, also the endpoint's scheme: inproc, ipc, tcp. */
    public String cliName() {
        return Names.cliName(this);
    }

    public static Transport parse(String name) {
        return Names.parse(Transport.class, "transport", name);
    }
}
