package zmqbench.results;

/** The messages all of a cell's forks sent and received, warm-up included. */
public record CellMessages(long messagesSent, long messagesReceived) {
}
