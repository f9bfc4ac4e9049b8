package zmqbench.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import zmqbench.scenario.PeerSpec;

/**
 * The offered rates of a rate sweep, rising: a list given ({@code --rates}), or a geometric ladder
 * from a start rate ({@code --rate}) by a factor ({@code --rate-factor}) up to a cap ({@code
 * --rate-cap}). At most {@link #MAX_STEPS} steps, so that a sweep's run time is bounded.
 */
public record RateLadder(List<Long> rates) {

    /** Each step is a comparison of its own: more than this would run for hours. */
    public static final int MAX_STEPS = 16;
    public static final long DEFAULT_START = 5_000;
    public static final double DEFAULT_FACTOR = 2;
    public static final long DEFAULT_CAP = 640_000;

    /** Refuses an empty, unsorted, repeating, out-of-range or too long list, naming {@code option}. */
    public RateLadder {
        rates = List.copyOf(rates);
        if (rates.isEmpty()) {
            throw new IllegalArgumentException("--rates: at least one rate is needed");
        }
        if (rates.size() > MAX_STEPS) {
            throw new IllegalArgumentException("a rate sweep has at most " + MAX_STEPS + " steps, got " + rates.size()
                    + ": give fewer --rates, or a larger --rate-factor or a lower --rate-cap");
        }
        for (int i = 0; i < rates.size(); i++) {
            long rate = rates.get(i);
            if (rate < 1 || rate > PeerSpec.MAX_RATE) {
                throw new IllegalArgumentException("--rates: a rate must be from 1 to " + PeerSpec.MAX_RATE
                        + " messages per second, got " + rate);
            }
            if (i > 0 && rate <= rates.get(i - 1)) {
                throw new IllegalArgumentException("--rates must rise: " + rate + " after " + rates.get(i - 1));
            }
        }
    }

    /** {@code start}, then each times {@code factor} (rounded, and at least one more) while at most {@code cap}. */
    public static RateLadder geometric(long start, double factor, long cap) {
        if (!(factor > 1) || factor > 100) {
            throw new IllegalArgumentException("--rate-factor must be above 1 and at most 100, got " + factor);
        }
        if (start < 1 || cap < start) {
            throw new IllegalArgumentException("--rate-cap must be at least the start rate (--rate) " + start
                    + ", got " + cap);
        }
        List<Long> rates = new ArrayList<>();
        double next = start;
        long rate = start;
        while (rate <= cap && rates.size() <= MAX_STEPS) {
            rates.add(rate);
            next *= factor;
            rate = Math.max(rate + 1, Math.round(next));
        }
        return new RateLadder(rates);
    }

    /**
     * A rate as the user writes it: {@code 20000}, {@code 20k}, {@code 1.5M} (k and M are powers of
     * 1000, as in messages per second).
     */
    public static long parseRate(String option, String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        double scale = 1;
        if (t.endsWith("k")) {
            scale = 1e3;
            t = t.substring(0, t.length() - 1);
        } else if (t.endsWith("m")) {
            scale = 1e6;
            t = t.substring(0, t.length() - 1);
        }
        try {
            double value = Double.parseDouble(t) * scale;
            if (!t.isEmpty() && Character.isDigit(t.charAt(0)) && value == Math.rint(value)) {
                return (long) value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(option + ": expected a rate in messages per second such as 20000, 20k "
                + "or 1.5M, got '" + text + "'");
    }
}
