package zmqbench.run;

import java.io.IOException;
import java.util.List;
import zmqbench.protocol.PausedRecord;
import zmqbench.protocol.PeerRecord;
import zmqbench.protocol.SliceRecord;
import zmqbench.protocol.WarmRecord;
import zmqbench.scenario.SliceCommand;

/**
 * A sliced fork's real workers (the slice protocol of {@code zmqbench.protocol}): the timed side
 * (pinger, or throughput receiver) takes the slice lines; a throughput sender in its own process
 * takes them too, after a {@code stop} that ends a timed warm-up, and the parent keeps its running
 * total of messages sent for the receiver's lines. The echo of a latency pair never hears of slices:
 * it hears once that the warm-up is over ({@code measure}), and its meter starts again (the C echo
 * has no such meter and leaves the line unread).
 */
final class WorkerPair implements SlicedPair {

    /** What {@link ForkRunner} started, and how it merges the result records. */
    interface Merger {
        ForkOutcome merge(List<PeerRecord> records) throws IOException;

        ForkOutcome failed(String why);
    }

    /** Every process of the pair; the timed side and the sender are among them. */
    private final List<WorkerProcess> workers;
    private final WorkerProcess timed;
    /** Throughput over ipc or tcp: the sender's own process; null otherwise. */
    private final WorkerProcess sender;
    private final Merger merger;
    private final long deadline;
    private final WarmRecord warm;
    private long sentInAll;

    /**
     * Waits for the warm-up to end: the timed side's {@code warm}, then, for a sender of a timed or
     * automatic warm-up, its {@code paused} after a {@code stop}.
     *
     * @param countedWarmup the warm-up messages of a counted warm-up (the sender's total then), or -1
     */
    WorkerPair(List<WorkerProcess> workers, WorkerProcess timed, WorkerProcess sender,
               long countedWarmup, Merger merger, long deadline)
            throws WorkerProcess.WorkerFailure, InterruptedException {
        this.workers = List.copyOf(workers);
        this.timed = timed;
        this.sender = sender;
        this.merger = merger;
        this.deadline = deadline;
        this.warm = timed.await(WarmRecord.class, deadline);
        if (sender == null && workers.size() == 2) {
            echo().send(SliceCommand.MEASURE_LINE); // its meter restarts: its costs are the slices'
        }
        if (sender != null && countedWarmup < 0) {
            sender.stop();
            sentInAll = sender.await(PausedRecord.class, deadline).messagesSent();
        } else {
            sentInAll = Math.max(0, countedWarmup);
        }
    }

    @Override
    public WarmRecord warm() {
        return warm;
    }

    @Override
    public SliceRecord slice(long messages, long preroll) throws WorkerProcess.WorkerFailure, InterruptedException {
        timed.send("slice " + messages + " " + preroll + " " + (sender == null ? 0 : sentInAll));
        if (sender != null) {
            sender.send("slice " + messages + " " + preroll);
            sentInAll += messages + preroll;
        }
        return timed.await(SliceRecord.class, deadline);
    }

    @Override
    public List<Long> pids() {
        return workers.stream().map(WorkerProcess::pid).toList();
    }

    @Override
    public ForkOutcome finish() throws InterruptedException {
        try {
            if (sender != null) {
                sender.send("end");
                timed.send("end");
                PeerRecord received;
                try {
                    received = timed.await(PeerRecord.class, deadline);
                } finally {
                    sender.release();
                }
                return merger.merge(List.of(received, sender.await(PeerRecord.class, deadline)));
            }
            timed.send("end");
            PeerRecord timedRecord = timed.await(PeerRecord.class, deadline);
            if (workers.size() == 1) {
                return merger.merge(List.of(timedRecord));
            }
            return merger.merge(List.of(echo().await(PeerRecord.class, deadline), timedRecord));
        } catch (WorkerProcess.WorkerFailure | IOException e) {
            return merger.failed(e.getMessage());
        }
    }

    /** The latency pair's other process: the echo. */
    private WorkerProcess echo() {
        return workers.get(0) == timed ? workers.get(1) : workers.get(0);
    }

    @Override
    public void close() {
        workers.forEach(WorkerProcess::close);
    }
}
