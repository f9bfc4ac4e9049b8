package zmqbench.scenario;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import zmqbench.backend.SocketOption;
import zmqbench.backend.HandshakeMonitor;
import zmqbench.backend.SocketType;
import zmqbench.backend.ZmqContext;
import zmqbench.backend.ZmqSocket;

/**
 * An in-memory {@link ZmqSocket} for scenario tests, no ZeroMQ: frames to receive are queued up
 * front, an empty queue answers as an expired RCVTIMEO would (-1, at once), and every frame sent
 * is recorded. Options, bind and connect are logged in call order.
 */
public final class FakeSocket implements ZmqSocket {

    /** One frame; {@code more} when further frames of the same message follow. */
    public record Frame(byte[] data, boolean more) {
    }

    private final SocketType type;
    private final Deque<Frame> inbound = new ArrayDeque<>();
    private final List<Frame> sent = new ArrayList<>();
    private final List<String> calls = new ArrayList<>();
    private boolean lastMore;
    private boolean closed;
    private Runnable afterSend = () -> { };

    public FakeSocket() {
        this(null);
    }

    public FakeSocket(SocketType type) {
        this.type = type;
    }

    /** A context whose sockets are fakes, remembered in creation order. */
    public static final class Context implements ZmqContext {
        public final List<FakeSocket> sockets = new ArrayList<>();

        @Override
        public ZmqSocket socket(SocketType type) {
            FakeSocket socket = new FakeSocket(type);
            sockets.add(socket);
            return socket;
        }

        /** The fakes are connected from the start. */
        @Override
        public HandshakeMonitor monitorHandshakes(ZmqSocket socket) {
            return new HandshakeMonitor() {
                @Override
                public boolean await(int timeoutMs) {
                    return true;
                }

                @Override
                public void close() {
                }
            };
        }

        @Override
        public void close() {
        }
    }

    /** Queues one message of one or more frames for {@link #receive}. */
    public FakeSocket queue(byte[]... frames) {
        for (int i = 0; i < frames.length; i++) {
            inbound.add(new Frame(frames[i].clone(), i < frames.length - 1));
        }
        return this;
    }

    /** Runs {@code hook} after every frame sent (a test's way to act mid-stream). */
    public FakeSocket afterEachSend(Runnable hook) {
        afterSend = hook;
        return this;
    }

    /** Frames not received yet. */
    public int pending() {
        return inbound.size();
    }

    /** Every frame sent, in order. */
    public List<Frame> sent() {
        return sent;
    }

    /** setOption, bind and connect calls, e.g. "SUBSCRIBE=[68]", "bind inproc://x". */
    public List<String> calls() {
        return calls;
    }

    public SocketType type() {
        return type;
    }

    public boolean closed() {
        return closed;
    }

    @Override
    public void setOption(SocketOption option, int value) {
        calls.add(option + "=" + value);
    }

    @Override
    public void setOption(SocketOption option, byte[] value) {
        calls.add(option + "=" + Arrays.toString(value));
    }

    @Override
    public String bind(String endpoint) {
        calls.add("bind " + endpoint);
        return endpoint;
    }

    @Override
    public void connect(String endpoint) {
        calls.add("connect " + endpoint);
    }

    @Override
    public boolean send(byte[] buffer, int length, int flags) {
        sent.add(new Frame(Arrays.copyOf(buffer, length), (flags & SNDMORE) != 0));
        afterSend.run();
        return true;
    }

    @Override
    public int receive(byte[] buffer, int flags) {
        Frame frame = inbound.poll();
        if (frame == null) {
            return -1;
        }
        System.arraycopy(frame.data(), 0, buffer, 0, Math.min(buffer.length, frame.data().length));
        lastMore = frame.more();
        return frame.data().length;
    }

    @Override
    public boolean hasMore() {
        return lastMore;
    }

    @Override
    public void close() {
        closed = true;
    }
}
