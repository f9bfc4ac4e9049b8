package zmqbench.backend;

import java.nio.ByteOrder;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link HandshakeMonitor} for the backends on libzmq: {@code zmq_socket_monitor} publishes the
 * watched socket's events on an inproc PAIR, read here through a PAIR socket of the backend itself.
 * Each event is two frames: 6 bytes (uint16 event, uint32 value, host byte order), then the endpoint.
 */
public final class LibzmqHandshakeMonitor implements HandshakeMonitor {

    /** zmq.h (libzmq 4.3): the security handshake with a peer completed. */
    public static final int EVENT_HANDSHAKE_SUCCEEDED = 0x1000;

    /** A backend's {@code zmq_socket_monitor} of one socket. */
    @FunctionalInterface
    public interface SocketMonitor {
        /**
         * zmq_socket_monitor(socket, endpoint, events); a null {@code endpoint} stops monitoring
         * (a no-op once the socket is closed, or when the binding cannot pass NULL).
         */
        void monitor(String endpoint, int events);
    }

    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final boolean LITTLE_ENDIAN = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;

    private final ZmqSocket reader;
    private final SocketMonitor monitor;
    private final byte[] frame = new byte[256];
    private boolean succeeded;

    private LibzmqHandshakeMonitor(ZmqSocket reader, SocketMonitor monitor) {
        this.reader = reader;
        this.monitor = monitor;
    }

    /** Starts libzmq's monitor of one socket and connects a reader of {@code context} to it. */
    public static HandshakeMonitor start(ZmqContext context, SocketMonitor monitor) {
        String endpoint = "inproc://zmqbench-monitor-" + ProcessHandle.current().pid() + "-" + SERIAL.incrementAndGet();
        monitor.monitor(endpoint, EVENT_HANDSHAKE_SUCCEEDED);
        ZmqSocket reader = context.socket(SocketType.PAIR);
        try {
            reader.setOption(SocketOption.LINGER, 0);
            reader.connect(endpoint);
        } catch (RuntimeException e) {
            reader.close();
            monitor.monitor(null, 0);
            throw e;
        }
        return new LibzmqHandshakeMonitor(reader, monitor);
    }

    @Override
    public boolean await(int timeoutMs) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        while (!succeeded) {
            long remainingMs = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (remainingMs <= 0) {
                return false;
            }
            reader.setOption(SocketOption.RCVTIMEO, (int) Math.min(Integer.MAX_VALUE, remainingMs));
            if (reader.receive(frame, 0) < 2) {
                return false; // RCVTIMEO expired
            }
            int event = LITTLE_ENDIAN ? (frame[0] & 0xff) | (frame[1] & 0xff) << 8
                    : (frame[1] & 0xff) | (frame[0] & 0xff) << 8;
            while (reader.hasMore()) {
                reader.receive(frame, 0); // the endpoint frame
            }
            succeeded = event == EVENT_HANDSHAKE_SUCCEEDED;
        }
        return true;
    }

    @Override
    public void close() {
        monitor.monitor(null, 0);
        reader.close();
    }
}
