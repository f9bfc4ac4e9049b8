package zmqbench.results;

/**
 * What one cell of a comparison measures, identical for every backend: a row of the tables.
 *
 * @param scenario {@code latency} or {@code throughput}
 * @param pattern socket pattern, e.g. {@code pair}
 * @param transport {@code inproc}, {@code ipc} or {@code tcp}
 * @param size message payload in bytes
 * @param hwm SNDHWM and RCVHWM set on both peers, or -1 for the library default
 */
public record CellKey(String scenario, String pattern, String transport, int size, int hwm) {

    public String label() {
        return scenario + " " + pattern + " " + transport + " " + size + " B" + (hwm >= 0 ? " hwm " + hwm : "");
    }
}
