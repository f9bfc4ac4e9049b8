package zmqbench.results;

import zmqbench.scenario.Pattern;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenario.Transport;

/**
 * What one cell of a comparison measures, identical for every backend: a row of the tables. In
 * JSON each enum is its command-line name ({@code latency}, {@code pair}, {@code tcp}).
 *
 * @param size message payload in bytes
 * @param hwm SNDHWM and RCVHWM set on both peers, or -1 for the library default
 */
public record CellKey(ScenarioKind scenario, Pattern pattern, Transport transport, int size, int hwm) {

    /** e.g. {@code latency pair tcp 64 B hwm 1000}. */
    public String label() {
        return scenario.cliName() + " " + pattern.cliName() + " " + transport.cliName() + " " + size + " B"
                + (hwm >= 0 ? " hwm " + hwm : "");
    }
}
