package zmqbench.options;

import java.util.List;

/**
 * How the paced scenarios load the peers.
 *
 * @param rate open-loop: messages per second the pinger sends on schedule (open-loop cells measure a
 *     count: rate x duration; see {@code zmqbench.run.WorkerPhases})
 * @param gapsNs sparse: the quiet gaps before its round trips, ns, a cell each
 */
public record Load(long rate, List<Long> gapsNs) {

    public Load {
        gapsNs = CompareOptions.copy(gapsNs);
    }
}
