package zmqbench.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import zmqbench.scenario.ScenarioKind;
import zmqbench.sweep.LatencyLimit;
import zmqbench.sweep.RateLadder;
import zmqbench.sweep.RateSweepPlan;

/**
 * {@code --scenarios rate-sweep} and its options. A rate sweep is not a scenario the workers run:
 * it is open-loop at rising rates, planned and judged by the coordinator, so it is named where
 * scenarios are and turned into open-loop before the options are resolved.
 */
final class RateSweepArguments {

    static final String SCENARIO = "rate-sweep";

    @Option(names = "--p99-limit", paramLabel = "DURATION",
            description = "rate-sweep: a backend's ladder ends at the first rate whose corrected p99 round trip "
                    + "(median across forks) is above this, e.g. 500us or 2ms (default 1ms).")
    String p99Limit;

    @Option(names = "--rates", split = ",", paramLabel = "N",
            description = "rate-sweep: the offered rates, rising, e.g. 5k,20k (default: a ladder from "
                    + "--rate, default " + RateLadder.DEFAULT_START + ", times --rate-factor up to --rate-cap).")
    List<String> rates;

    @Option(names = "--rate-factor", paramLabel = "X",
            description = "rate-sweep: each rate of the ladder is the one before times this (default 2).")
    Double rateFactor;

    @Option(names = "--rate-cap", paramLabel = "N",
            description = "rate-sweep: the ladder's highest rate (default " + RateLadder.DEFAULT_CAP + ").")
    String rateCap;

    /**
     * The sweep {@code arguments} ask for, with their scenario made open-loop; null when {@code
     * --scenarios} does not name rate-sweep.
     *
     * @throws IllegalArgumentException rate-sweep beside other scenarios, a sweep option without it,
     *     or a bad rate or limit
     */
    RateSweepPlan plan(CompareArguments arguments) {
        if (arguments.scenarios == null || !arguments.scenarios.contains(SCENARIO)) {
            String stray = p99Limit != null ? "--p99-limit" : rates != null ? "--rates"
                    : rateFactor != null ? "--rate-factor" : rateCap != null ? "--rate-cap" : null;
            if (stray != null) {
                throw new IllegalArgumentException(stray + " applies to --scenarios " + SCENARIO + " only");
            }
            return null;
        }
        if (arguments.scenarios.size() > 1) {
            throw new IllegalArgumentException("--scenarios: " + SCENARIO + " runs alone (it is open-loop at rising "
                    + "rates), got " + String.join(",", arguments.scenarios));
        }
        long limitNs = p99Limit == null ? LatencyLimit.DEFAULT_NS : LatencyLimit.parseNanos("--p99-limit", p99Limit);
        RateLadder ladder;
        if (rates != null) {
            if (arguments.rate != null || rateFactor != null || rateCap != null) {
                throw new IllegalArgumentException("--rates lists the rates: leave out --rate, --rate-factor and "
                        + "--rate-cap, which make a ladder instead");
            }
            List<Long> values = new ArrayList<>();
            rates.forEach(text -> values.add(RateLadder.parseRate("--rates", text)));
            ladder = new RateLadder(values);
        } else {
            ladder = RateLadder.geometric(arguments.rate == null ? RateLadder.DEFAULT_START : arguments.rate,
                    rateFactor == null ? RateLadder.DEFAULT_FACTOR : rateFactor,
                    rateCap == null ? RateLadder.DEFAULT_CAP : RateLadder.parseRate("--rate-cap", rateCap));
        }
        // The workers run open-loop; the ladder's rates replace --rate step by step.
        arguments.scenarios = List.of(ScenarioKind.OPEN_LOOP.cliName());
        return new RateSweepPlan(ladder, limitNs);
    }
}
