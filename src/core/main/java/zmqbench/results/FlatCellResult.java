package zmqbench.results;

import java.util.List;
import java.util.Set;
import zmqbench.protocol.FlatGroups;

/** A {@link CellResult} as {@code cells.jsonl} has always kept it: its groups' fields flat, by their own names. */
final class FlatCellResult extends FlatGroups {

    FlatCellResult() {
        super(Set.of("versions", "messages", "latency"), List.of());
    }
}
