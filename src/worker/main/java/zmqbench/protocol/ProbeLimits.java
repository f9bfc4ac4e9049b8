package zmqbench.protocol;

/**
 * The high-water mark a probe tests, and its bounds.
 *
 * @param hwm the sender's SNDHWM
 * @param hwmSet {@code before} bind/connect (the usual way) or {@code after} both are connected
 * @param size message size in bytes
 * @param blockMs SNDTIMEO of the blocking send at the mark, and the silence that ends a drain
 * @param limit most sends before the probe stops without a block
 */
public record ProbeLimits(int hwm, String hwmSet, int size, int blockMs, long limit) {
}
