package zmqbench.worker;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import zmqbench.backend.Backend;
import zmqbench.backend.HandshakeMonitor;
import zmqbench.backend.NativeCall;
import zmqbench.backend.SocketOption;
import zmqbench.backend.SocketType;
import zmqbench.backend.ZmqContext;
import zmqbench.backend.ZmqSocket;

/**
 * A backend without ZeroMQ for the worker's own tests: one-to-one sockets over bounded in-memory
 * queues, any endpoint name within one JVM (so a bind and a connect worker can run as threads of a
 * test), honouring RCVTIMEO, SNDTIMEO (-1: no time-out) and DONTWAIT. It allocates per message: it
 * checks the worker's protocol, not its costs.
 */
final class QueueBackend implements Backend {

    private static final int QUEUE = 1000;
    /** Endpoints bound by any context of this JVM: a bind worker and a connect worker may share a test. */
    private static final Map<String, QueueSocket> BOUND = new HashMap<>();

    @Override
    public String name() {
        return "queue";
    }

    @Override
    public String version() {
        return "0";
    }

    @Override
    public String libzmqVersion() {
        return "none";
    }

    @Override
    public ZmqContext newContext() {
        return new ZmqContext() {
            @Override
            public ZmqSocket socket(SocketType type) {
                return new QueueSocket(BOUND);
            }

            @Override
            public HandshakeMonitor monitorHandshakes(ZmqSocket socket) {
                return new PeerMonitor((QueueSocket) socket);
            }

            @Override
            public void close() {
            }
        };
    }

    /** A call that returns 1, so that the crossing record's sink counts the calls made. */
    @Override
    public NativeCall trivialCall() {
        return new NativeCall("zmq_errno") {
            @Override
            public int invoke() {
                return 1;
            }
        };
    }

    /** A "handshake" here is the peers finding each other: connect() links both sockets. */
    private record PeerMonitor(QueueSocket socket) implements HandshakeMonitor {
        @Override
        public boolean await(int timeoutMs) {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
            while (socket.peer == null) {
                if (System.nanoTime() > deadline) {
                    return false;
                }
                Thread.onSpinWait();
            }
            return true;
        }

        @Override
        public void close() {
        }
    }

    private static final class QueueSocket implements ZmqSocket {
        private final Map<String, QueueSocket> bound;
        private final BlockingQueue<byte[]> inbound = new ArrayBlockingQueue<>(QUEUE);
        private volatile QueueSocket peer;
        private int receiveTimeoutMs = -1;
        private int sendTimeoutMs = -1;

        QueueSocket(Map<String, QueueSocket> bound) {
            this.bound = bound;
        }

        @Override
        public void setOption(SocketOption option, int value) {
            if (option == SocketOption.RCVTIMEO) {
                receiveTimeoutMs = value;
            } else if (option == SocketOption.SNDTIMEO) {
                sendTimeoutMs = value;
            }
        }

        @Override
        public void setOption(SocketOption option, byte[] value) {
        }

        @Override
        public String bind(String endpoint) {
            synchronized (bound) {
                bound.put(endpoint, this);
            }
            return endpoint;
        }

        @Override
        public void connect(String endpoint) {
            QueueSocket other;
            synchronized (bound) {
                other = bound.get(endpoint);
            }
            other.peer = this;
            peer = other;
        }

        @Override
        public boolean send(byte[] buffer, int length, int flags) {
            byte[] copy = java.util.Arrays.copyOf(buffer, length);
            try {
                return (flags & DONTWAIT) != 0 ? peer.inbound.offer(copy)
                        : peer.inbound.offer(copy, waitMs(sendTimeoutMs), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        @Override
        public int receive(byte[] buffer, int flags) {
            try {
                byte[] frame = (flags & DONTWAIT) != 0 ? inbound.poll()
                        : inbound.poll(waitMs(receiveTimeoutMs), TimeUnit.MILLISECONDS);
                if (frame == null) {
                    return -1;
                }
                System.arraycopy(frame, 0, buffer, 0, Math.min(buffer.length, frame.length));
                return frame.length;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }

        /** ZeroMQ's -1, no time-out, as a wait of practically forever. */
        private static long waitMs(int timeoutMs) {
            return timeoutMs < 0 ? Long.MAX_VALUE : timeoutMs;
        }

        @Override
        public boolean hasMore() {
            return false;
        }

        @Override
        public void close() {
        }
    }
}
