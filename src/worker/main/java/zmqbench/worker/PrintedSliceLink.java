package zmqbench.worker;

import java.io.IOException;
import java.util.function.Consumer;
import zmqbench.protocol.Json;
import zmqbench.protocol.SliceRecord;
import zmqbench.protocol.WarmRecord;
import zmqbench.scenario.SliceCommand;
import zmqbench.scenario.SliceLink;

/**
 * The timed side's slice link in the worker: the parent's lines read on the timed side's own
 * thread (from stdin; inproc, from the queue the stdin thread fills before it hands the sender its
 * line), so that a line the parent wrote before the sender's is there before the sender's first
 * message; the records printed. The end of the lines (the parent gone) reads as {@code end}.
 */
final class PrintedSliceLink implements SliceLink {

    private final LineSource lines;
    private final Consumer<Object> print;
    private final Runnable afterWarm;

    /**
     * @param afterWarm what else the end of the warm-up does (inproc: stop the sender's warm-up)
     */
    PrintedSliceLink(LineSource lines, Consumer<Object> print, Runnable afterWarm) {
        this.lines = lines;
        this.print = print;
        this.afterWarm = afterWarm;
    }

    @Override
    public SliceCommand next() {
        String line;
        try {
            line = lines.readLine();
        } catch (IOException e) {
            line = null;
        }
        return line == null ? SliceCommand.END : SliceCommand.parse(line);
    }

    /** A broken input is ready too: {@link #next} then reads it as the end. */
    @Override
    public boolean ready() {
        try {
            return lines.ready();
        } catch (IOException e) {
            return true;
        }
    }

    @Override
    public void warm(String steadyState, long warmupNs, long warmupMessages, double rate) {
        // Gson builds a record type's adapter at its first use (reflection, tens of KB): build the
        // slice record's now, before the meter starts at the first slice line
        Json.GSON.getAdapter(SliceRecord.class);
        print.accept(new WarmRecord(steadyState, warmupNs, warmupMessages, rate));
        afterWarm.run();
    }

    @Override
    public void sliced(long messages, long elapsedNs, long p50Ns, long p99Ns) {
        print.accept(new SliceRecord(messages, elapsedNs, p50Ns, p99Ns));
    }
}
