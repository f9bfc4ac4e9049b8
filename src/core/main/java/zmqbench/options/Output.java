package zmqbench.options;

import java.nio.file.Path;

/**
 * Where the results go and how they are judged.
 *
 * @param out the result set's directory, or null before it is chosen
 * @param baseline backend the ratios are taken against, or null for none
 * @param margin a ratio to the baseline is "the same" when its 95% interval lies within 1 ± this
 *     (0.05: the resolution {@code make calibrate} shows), else higher, lower or undecided
 */
public record Output(Path out, String baseline, double margin) {
}
