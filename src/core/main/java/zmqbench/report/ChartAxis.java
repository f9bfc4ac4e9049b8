package zmqbench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.DoubleUnaryOperator;
import zmqbench.scenario.Sizes;

/**
 * One axis of a chart: how a data value becomes a position, the range shown and the labelled
 * ticks. A log axis is a linear axis over the transformed value ({@code log2}, or HdrHistogram's
 * {@code log10(1 / (1 - p))} for percentiles).
 *
 * @param title what the axis measures, with its unit
 * @param transform data value to axis space (identity for a linear axis)
 * @param min lowest value shown, in axis space
 * @param max highest value shown, in axis space
 * @param ticks labelled positions, in data space
 */
record ChartAxis(String title, DoubleUnaryOperator transform, double min, double max, List<Tick> ticks) {

    /** A labelled position on an axis, in data space. */
    record Tick(double value, String label) {
    }

    /** Where the value falls between the ends of the axis: 0 at {@code min}, 1 at {@code max}. */
    double fraction(double value) {
        return (transform.applyAsDouble(value) - min) / (max - min);
    }

    boolean contains(double value) {
        double t = transform.applyAsDouble(value);
        return t >= min - 1e-6 && t <= max + 1e-6;
    }

    /** A linear axis from 0 up to a round number at or above {@code dataMax}, about five ticks. */
    static ChartAxis linearFromZero(String title, double dataMax, DoubleFunction<String> label) {
        double top = Double.isFinite(dataMax) && dataMax > 0 ? dataMax : 1;
        double step = niceStep(top / 5);
        double max = Math.ceil(top / step - 1e-9) * step;
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i * step <= max + step / 2; i++) {
            ticks.add(new Tick(i * step, label.apply(i * step)));
        }
        return new ChartAxis(title, v -> v, 0, max, List.copyOf(ticks));
    }

    /**
     * A log10 axis from the 1-2-5 value at or below {@code minData} (which must be positive) to
     * the one at or above {@code maxData}, with ticks at 1, 2 and 5 times each power of ten
     * (powers of ten alone when that would be more than a dozen ticks).
     */
    static ChartAxis log10(String title, double minData, double maxData, DoubleFunction<String> label) {
        double lo = oneTwoFiveBelow(minData);
        double hi = oneTwoFiveAbove(Math.max(maxData, minData));
        if (hi <= lo * (1 + 1e-9)) {
            hi = oneTwoFiveAbove(lo * 1.01);
        }
        List<Tick> ticks = new ArrayList<>();
        for (int k = (int) Math.floor(log10(lo)); k <= (int) Math.ceil(log10(hi)); k++) {
            for (int m : new int[] {1, 2, 5}) {
                double v = m * Math.pow(10, k);
                if (v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9)) {
                    ticks.add(new Tick(v, label.apply(v)));
                }
            }
        }
        if (ticks.size() > 12) {
            ticks.removeIf(t -> Math.abs(log10(t.value()) - Math.rint(log10(t.value()))) > 1e-9);
        }
        return new ChartAxis(title, v -> log10(Math.max(v, Double.MIN_NORMAL)), log10(lo), log10(hi),
                List.copyOf(ticks));
    }

    /** The largest of 1, 2 or 5 times a power of ten at or below {@code v} (positive). */
    static double oneTwoFiveBelow(double v) {
        double magnitude = Math.pow(10, Math.floor(log10(v)));
        for (int m : new int[] {5, 2, 1}) {
            if (m * magnitude <= v * (1 + 1e-9)) {
                return m * magnitude;
            }
        }
        return magnitude / 2;
    }

    /** The smallest of 1, 2 or 5 times a power of ten at or above {@code v} (positive). */
    static double oneTwoFiveAbove(double v) {
        double magnitude = Math.pow(10, Math.floor(log10(v)));
        for (int m : new int[] {1, 2, 5}) {
            if (m * magnitude >= v * (1 - 1e-9)) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }

    /**
     * A log2 axis of message sizes, half an octave wider than the data on each side, labelled at
     * powers of two spaced at least {@code minTickPx} apart on a {@code lengthPx} long axis.
     */
    static ChartAxis log2Bytes(String title, double minBytes, double maxBytes, double lengthPx, double minTickPx) {
        // Sizes below one byte (an empty message) are drawn at 1 B: log2(0) has no place.
        double lo = log2(Math.max(1, minBytes)) - 0.5;
        double hi = log2(Math.max(1, maxBytes)) + 0.5;
        double pxPerOctave = lengthPx / (hi - lo);
        int every = Math.max(1, (int) Math.ceil(minTickPx / pxPerOctave));
        List<Tick> ticks = new ArrayList<>();
        for (int k = (int) Math.ceil(lo); k <= Math.floor(hi); k++) {
            if (Math.floorMod(k, every) == 0 && k >= 0 && k < 63) {
                ticks.add(new Tick(Math.pow(2, k), Sizes.format(1L << k)));
            }
        }
        return new ChartAxis(title, v -> log2(Math.max(1, v)), lo, hi, List.copyOf(ticks));
    }

    /**
     * A percentile axis as HdrHistogram's plotter draws it: log10 of {@code 1 / (1 - p)}, so each
     * tick adds a nine (0%, 90%, 99%, 99.9%, ...). It reaches at least 99% and at most
     * {@code maxNines} nines, covering {@code maxPercentile} (a fraction below 1) when it can.
     */
    static ChartAxis percentile(String title, double maxPercentile, int maxNines) {
        int nines = 2;
        if (maxPercentile > 0 && maxPercentile < 1) {
            nines = (int) Math.ceil(log10(1 / (1 - maxPercentile)) - 1e-6);
        } else if (maxPercentile >= 1) {
            nines = maxNines;
        }
        nines = Math.max(2, Math.min(maxNines, nines));
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= nines; i++) {
            ticks.add(new Tick(1 - Math.pow(10, -i), ninesLabel(i)));
        }
        return new ChartAxis(title, p -> log10(1 / (1 - p)), 0, nines, List.copyOf(ticks));
    }

    /** 0%, 90%, 99%, 99.9%, ...: exact, not via floating point. */
    static String ninesLabel(int nines) {
        if (nines == 0) {
            return "0%";
        }
        if (nines == 1) {
            return "90%";
        }
        return "99" + (nines > 2 ? "." + "9".repeat(nines - 2) : "") + "%";
    }

    /** 1, 2 or 5 times a power of ten, the smallest at or above {@code raw}. */
    static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(log10(raw)));
        double normalized = raw / magnitude;
        double nice = normalized <= 1 ? 1 : normalized <= 2 ? 2 : normalized <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    private static double log2(double v) {
        return Math.log(v) / Math.log(2);
    }

    private static double log10(double v) {
        return Math.log10(v);
    }
}
