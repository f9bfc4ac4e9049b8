package zmqbench.stats;

import java.util.Arrays;
import java.util.List;
import zmqbench.results.Figure;
import zmqbench.results.ForkResult;
import zmqbench.results.SliceResult;

/**
 * The figures a slice measures, laid out for {@link SliceStats} as {@code [fork][round]}: the RTT
 * p50 and p99 of a latency slice, the delivered msg/s and MB/s of a throughput slice. Disturbed
 * slices are left out (each was measured again in its round); a round a fork has no slice in is NaN.
 */
public final class SliceFigures {

    private SliceFigures() {
    }

    /** True when {@code figure} comes from slices, for a set of forks that ran them. */
    public static boolean sliced(List<ForkResult> forks, Figure figure) {
        return forks.stream().anyMatch(fork -> fork.ok() && !fork.slices().isEmpty())
                && switch (figure) {
                    case RTT_P50, RTT_P99, MSGS_PER_SEC, MB_PER_SEC -> true;
                    default -> false;
                };
    }

    /** Every ok fork's accepted slices' values of {@code figure}, by round; null when not {@link #sliced}. */
    public static double[][] values(List<ForkResult> forks, Figure figure, int sizeBytes) {
        if (!sliced(forks, figure)) {
            return null;
        }
        List<ForkResult> ok = forks.stream().filter(fork -> fork.ok() && !fork.slices().isEmpty()).toList();
        int rounds = ok.stream().flatMap(fork -> fork.slices().stream()).mapToInt(SliceResult::round).max().orElse(0);
        double[][] values = new double[ok.size()][rounds];
        for (int f = 0; f < ok.size(); f++) {
            Arrays.fill(values[f], Double.NaN);
            for (SliceResult slice : ok.get(f).slices()) {
                if (!slice.disturbed() && slice.round() >= 1) {
                    values[f][slice.round() - 1] = value(slice, figure, sizeBytes);
                }
            }
        }
        return values;
    }

    /** One slice's value of a sliced figure. */
    public static double value(SliceResult slice, Figure figure, int sizeBytes) {
        return switch (figure) {
            case RTT_P50 -> slice.p50Ns();
            case RTT_P99 -> slice.p99Ns();
            case MSGS_PER_SEC -> slice.messagesPerSecond();
            case MB_PER_SEC -> slice.messagesPerSecond() * sizeBytes / ForkFigures.BYTES_PER_MB;
            default -> throw new IllegalArgumentException(figure + " is not measured per slice");
        };
    }
}
