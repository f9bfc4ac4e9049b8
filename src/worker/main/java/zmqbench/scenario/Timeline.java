package zmqbench.scenario;

import java.util.Arrays;

/**
 * A fork's windows from its first message, in preallocated arrays so that closing a window in the
 * timed loop allocates nothing (the arrays double only if a run outlasts their estimate).
 */
public final class Timeline {

    private long[] endNs;
    private long[] messages;
    private double[] values;
    private boolean[] measured;
    private long[] jitMs;
    private int size;

    /** Room for {@code capacity} windows before any growth. */
    public Timeline(int capacity) {
        int room = Math.max(capacity, 16);
        endNs = new long[room];
        messages = new long[room];
        values = new double[room];
        measured = new boolean[room];
        jitMs = new long[room];
    }

    /**
     * Room for a run of {@code expectedMs} in windows of {@code windowMs}, with a margin for windows a
     * stall cuts short.
     */
    public static Timeline forRun(long expectedMs, int windowMs) {
        return new Timeline((int) Math.min(1 << 20, 2 * (expectedMs / windowMs) + 64));
    }

    /**
     * Adds a window; {@code jitMs} is the JIT's activity at its end (JVM:
     * ProcessMeter.jitActivityMillis), for the steady test.
     */
    void add(long end, long count, double value, boolean inMeasurement, long jit) {
        if (size == endNs.length) {
            int room = size * 2;
            endNs = Arrays.copyOf(endNs, room);
            messages = Arrays.copyOf(messages, room);
            values = Arrays.copyOf(values, room);
            measured = Arrays.copyOf(measured, room);
            jitMs = Arrays.copyOf(jitMs, room);
        }
        endNs[size] = end;
        messages[size] = count;
        values[size] = value;
        measured[size] = inMeasurement;
        jitMs[size] = jit;
        size++;
    }

    /**
     * Latency: the measured windows hold consecutive runs of {@code samples[0..count)} (round
     * trips in order), and each gets their p50, from a copy; after the end, outside any timing.
     */
    void setMeasuredMedians(long[] samples, int count) {
        int from = 0;
        for (int i = 0; i < size; i++) {
            if (measured[i]) {
                int to = (int) Math.min(count, from + messages[i]);
                long[] window = Arrays.copyOfRange(samples, from, to);
                values[i] = Median.ofRange(window, 0, window.length);
                from = to;
            }
        }
    }

    /**
     * Messages per second over the last {@code windows} windows (all, when there are fewer): their
     * messages over their total length; 0 without windows.
     */
    double rate(int windows) {
        int first = Math.max(0, size - windows);
        long messagesIn = 0;
        for (int i = first; i < size; i++) {
            messagesIn += messages[i];
        }
        long lengthNs = size == 0 ? 0 : endNs[size - 1] - (first == 0 ? 0 : endNs[first - 1]);
        return lengthNs > 0 ? messagesIn * 1e9 / lengthNs : 0;
    }

    public int size() {
        return size;
    }

    /** End of window {@code index}, ns since the first message. */
    public long endNs(int index) {
        return endNs[index];
    }

    public long messages(int index) {
        return messages[index];
    }

    public double value(int index) {
        return values[index];
    }

    public boolean measured(int index) {
        return measured[index];
    }

    /** The values array itself (the first {@link #size()} are windows), for the steady test. */
    double[] values() {
        return values;
    }

    /**
     * The JIT's activity (compiler threads' CPU time) at each window's end, in ms (the first
     * {@link #size()}), for the steady test.
     */
    long[] jitMs() {
        return jitMs;
    }
}
