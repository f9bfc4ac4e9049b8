package zmqbench.calibrate;

import java.io.PrintStream;
import java.util.Arrays;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;

/**
 * A plain JeroMQ loop that shares no code with zmqbench, to hold the tool's {@code jeromq} figures
 * against ({@code make calibrate}); the twin of native/calibrate/plain_libzmq.c, same arguments and
 * output. PAIR; the bind side echoes (latency) or receives (throughput), the connect side pings or
 * sends.
 * <pre>PlainJeromq latency|throughput bind|connect ENDPOINT SIZE WARMUP COUNT</pre>
 * The bind side prints {@code endpoint E} first. The pinger prints {@code rtt_p50_ns N rtt_p99_ns N},
 * the receiver {@code msgs_per_sec N}, timed from message WARMUP (or the first) to the last, as the
 * tool does. Exit 2 on bad usage, 1 on a failed run.
 */
public final class PlainJeromq {

    /**
     * Every blocking call gives up after this, so a lost peer cannot hang us; long enough for the
     * other peer (a JVM) to start on a loaded machine.
     */
    private static final int TIMEOUT_MS = 60_000;
    private static final String USAGE =
            "usage: PlainJeromq latency|throughput bind|connect ENDPOINT SIZE WARMUP COUNT";

    private PlainJeromq() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    /** Runs one side, printing to {@code out}; returns the exit status. */
    static int run(String[] args, PrintStream out) {
        if (args.length != 6 || !args[0].matches("latency|throughput") || !args[1].matches("bind|connect")
                || number(args[3], 1) < 0 || number(args[4], 0) < 0 || number(args[5], 1) < 0) {
            System.err.println(USAGE);
            return 2;
        }
        boolean latency = args[0].equals("latency"), bind = args[1].equals("bind");
        ZMQ.Context context = ZMQ.context(1);
        ZMQ.Socket socket = context.socket(SocketType.PAIR);
        try {
            socket.setReceiveTimeOut(TIMEOUT_MS);
            socket.setSendTimeOut(TIMEOUT_MS);
            socket.setLinger(TIMEOUT_MS);
            if (bind) {
                socket.bind(args[2]);
                out.println("endpoint " + socket.getLastEndpoint());
                out.flush();
            } else {
                socket.connect(args[2]);
            }
            String result = loop(socket, latency, bind, number(args[3], 1), number(args[4], 0), number(args[5], 1));
            if (!result.isEmpty()) {
                out.println(result);
            }
            return 0;
        } catch (RuntimeException e) { // JeroMQ's ZMQException, IllegalArgumentException; our timeouts
            System.err.println("PlainJeromq: " + e.getMessage());
            return 1;
        } finally {
            socket.close();
            context.term();
        }
    }

    // The warm-up and the measurement are separate loops over the same calls: one loop with a branch
    // that only the measurement takes would have C2 compile it as never taken in the warm-up, then
    // throw the compiled loop away at the first measured message, and measure it recompiling.
    private static String loop(ZMQ.Socket s, boolean latency, boolean bind, int size, int warmup, int count) {
        byte[] buf = new byte[size];
        if (latency && !bind) {
            for (int i = 0; i < warmup; i++) {
                roundTrip(s, buf, i);
            }
            long[] rtt = new long[count];
            for (int i = 0; i < count; i++) {
                long t0 = System.nanoTime();
                roundTrip(s, buf, warmup + i);
                rtt[i] = System.nanoTime() - t0;
            }
            Arrays.sort(rtt);
            return "rtt_p50_ns " + rtt[(int) ((count + 1L) / 2 - 1)]
                    + " rtt_p99_ns " + rtt[(int) ((99L * count + 99) / 100 - 1)];
        }
        long total = (long) warmup + count, startAt = warmup > 0 ? warmup : 1;
        if (bind && !latency) { // the clock starts at message WARMUP (or the first)
            receive(s, buf, 0, startAt);
            long t0 = System.nanoTime();
            receive(s, buf, startAt, total);
            return String.format("msgs_per_sec %.0f", (total - startAt) * 1e9 / (System.nanoTime() - t0));
        }
        for (long i = 0; i < total; i++) { // the echo and the sender measure nothing
            if (bind) {
                check(s.recv(buf, 0, size, 0) == size, "receive", i);
            }
            check(s.send(buf, 0, size, 0), bind ? "echo" : "send", i);
        }
        return "";
    }

    private static void roundTrip(ZMQ.Socket s, byte[] buf, long message) {
        check(s.send(buf, 0, buf.length, 0) && s.recv(buf, 0, buf.length, 0) == buf.length, "round trip", message);
    }

    /** Receives messages {@code from} (counted from 0) up to {@code to}. */
    private static void receive(ZMQ.Socket s, byte[] buf, long from, long to) {
        for (long i = from; i < to; i++) {
            check(s.recv(buf, 0, buf.length, 0) == buf.length, "receive", i);
        }
    }

    private static void check(boolean ok, String what, long message) {
        if (!ok) {
            throw new IllegalStateException(what + " failed or timed out at message " + (message + 1));
        }
    }

    /** A whole number in [min, Integer.MAX_VALUE], else -1. */
    static int number(String text, int min) {
        try {
            int value = Integer.parseInt(text);
            return value >= min ? value : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
