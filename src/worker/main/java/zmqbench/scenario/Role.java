package zmqbench.scenario;

/** Which peers a worker process runs: the binding one, the connecting one, or both as threads. */
public enum Role {
    BIND, CONNECT, BOTH;

    public String cliName() {
        return Names.cliName(this);
    }

    public static Role parse(String name) {
        return Names.parse(Role.class, "role", name);
    }
}
