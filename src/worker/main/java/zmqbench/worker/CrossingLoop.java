package zmqbench.worker;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import zmqbench.backend.NativeCall;
import zmqbench.scenario.ProcessMeter;
import zmqbench.scenario.SteadyRule;

/**
 * The timed loop of {@code zmqbench crossings}: batches of one native call with nothing else in
 * them, the clock read around each batch only, every result summed into a sink that is printed.
 *
 * <p>The warm-up is automatic, not a fixed count: batches until the last
 * {@link SteadyRule#DEFAULT} many agree (their median within its tolerance of the ones before) and the JIT
 * compiler threads were quiet over them, at most the cap. C2 compiles the loop (on-stack
 * replacement) within its first ~10^5 calls, far inside one default batch, but the inlining of
 * the binding's own path (JNA's dispatch, an FFM downcall's stub) may settle later and differs
 * between bindings and with the machine's load; the rule asks the batches themselves, and the
 * record says when the cap came first.
 */
final class CrossingLoop {

    private static final SteadyRule RULE = SteadyRule.DEFAULT;

    private final NativeCall call;
    private final int calls;
    private long sink;

    private CrossingLoop(NativeCall call, int calls) {
        this.call = call;
        this.calls = calls;
    }

    /** What one run measured. */
    record Outcome(int warmupBatches, long warmupNs, boolean steady, List<Double> batches, double nsPerCall,
                   long sink) {
    }

    static Outcome run(NativeCall call, int calls, int batches, long warmupCapMs) {
        return new CrossingLoop(call, calls).run(batches, TimeUnit.MILLISECONDS.toNanos(warmupCapMs));
    }

    private Outcome run(int batches, long warmupCapNs) {
        double[] warmup = new double[16];
        long[] jitMs = new long[warmup.length];
        double[] scratch = new double[RULE.windows()];
        long jitAtStart = ProcessMeter.jitActivityMillis();
        long start = System.nanoTime();
        int warmed = 0;
        boolean steady = false;
        while (!steady && System.nanoTime() - start < warmupCapNs) {
            if (warmed == warmup.length) {
                warmup = Arrays.copyOf(warmup, 2 * warmed);
                jitMs = Arrays.copyOf(jitMs, 2 * warmed);
            }
            warmup[warmed] = timedBatch();
            jitMs[warmed] = ProcessMeter.jitActivityMillis();
            warmed++;
            steady = RULE.agrees(warmup, warmed, scratch) && RULE.jitQuiet(jitMs, warmed, jitAtStart);
        }
        long warmupNs = System.nanoTime() - start;
        double[] measured = new double[batches];
        for (int i = 0; i < batches; i++) {
            measured[i] = timedBatch();
        }
        List<Double> inOrder = new ArrayList<>(batches);
        for (double value : measured) {
            inOrder.add(value);
        }
        return new Outcome(warmed, warmupNs, steady, inOrder, median(measured), sink);
    }

    /** One batch: ns per call. */
    private double timedBatch() {
        long before = System.nanoTime();
        int sum = batch(call, calls);
        long ns = System.nanoTime() - before;
        sink += sum;
        return (double) ns / calls;
    }

    /** The loop the JIT compiles: the calls and their sum, nothing else. */
    private static int batch(NativeCall call, int calls) {
        int sum = 0;
        for (int i = 0; i < calls; i++) {
            sum += call.invoke();
        }
        return sum;
    }

    /** The median (the mean of the middle two for an even count); sorts {@code values}. */
    private static double median(double[] values) {
        Arrays.sort(values);
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }
}
