package zmqbench.crossings;

import java.util.List;
import zmqbench.protocol.CrossingRecord;
import zmqbench.protocol.CrossingSpec;

/**
 * The forks of one crossing benchmark (a backend, and for c a call): the records of those that
 * ran, in fork order, and one line for each that failed.
 */
public record CrossingForks(CrossingSpec spec, List<CrossingRecord> records, List<String> failures) {

    public CrossingForks {
        records = List.copyOf(records);
        failures = List.copyOf(failures);
    }
}
