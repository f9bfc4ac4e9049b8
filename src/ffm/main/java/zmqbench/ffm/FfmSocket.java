package zmqbench.ffm;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import zmqbench.backend.SocketOption;
import zmqbench.backend.ZmqException;
import zmqbench.backend.ZmqSocket;

/** A libzmq socket: one downcall per SPI call on the message path, nothing allocated once warm. */
final class FfmSocket implements ZmqSocket {

    private static final int ENDPOINT_CAPACITY = 1024;

    private final FrameTransfer transfer;
    /** Lives as long as the socket: errno and {@link #hasMore()}'s option value and size. */
    private final Arena arena = Arena.ofShared();
    private final MemorySegment state = NativeZmq.callState(arena);
    private final MemorySegment intValue = NativeZmq.unchecked(arena.allocate(JAVA_INT));
    private final MemorySegment size = NativeZmq.unchecked(arena.allocate(JAVA_LONG));
    private MemorySegment socket;

    FfmSocket(MemorySegment socket, FrameTransfer transfer) {
        this.socket = socket;
        this.transfer = transfer;
    }

    @Override
    public void setOption(SocketOption option, int value) {
        switch (option) {
            case SUBSCRIBE, UNSUBSCRIBE, ROUTING_ID ->
                    throw new ZmqException(ZmqException.EINVAL, option + " takes bytes, not an integer");
            default -> {
                handle(); // before the write: after close() the arena is gone
                intValue.set(JAVA_INT, 0, value);
                setsockopt(option, intValue, Integer.BYTES);
            }
        }
    }

    @Override
    public void setOption(SocketOption option, byte[] value) {
        switch (option) {
            case SUBSCRIBE, UNSUBSCRIBE, ROUTING_ID -> {
                try (Arena call = Arena.ofConfined()) {
                    MemorySegment bytes = call.allocate(Math.max(1, value.length));
                    MemorySegment.copy(MemorySegment.ofArray(value), 0, bytes, 0, value.length);
                    setsockopt(option, bytes, value.length);
                }
            }
            default -> throw new ZmqException(ZmqException.EINVAL, option + " takes an integer, not bytes");
        }
    }

    private void setsockopt(SocketOption option, MemorySegment value, long length) {
        if (LibZmq.setsockopt(state, handle(), option.zmqValue(), value, length) != 0) {
            throw NativeZmq.error(state, "zmq_setsockopt " + option);
        }
    }

    @Override
    public String bind(String endpoint) {
        try (Arena call = Arena.ofConfined()) {
            if (LibZmq.bind(state, handle(), call.allocateFrom(endpoint)) != 0) {
                throw NativeZmq.error(state, "zmq_bind " + endpoint);
            }
            MemorySegment bound = call.allocate(ENDPOINT_CAPACITY);
            size.set(JAVA_LONG, 0, ENDPOINT_CAPACITY);
            if (LibZmq.getsockopt(state, socket, LibZmq.ZMQ_LAST_ENDPOINT, bound, size) != 0) {
                throw NativeZmq.error(state, "zmq_getsockopt ZMQ_LAST_ENDPOINT");
            }
            return bound.getString(0); // NUL-terminated
        }
    }

    @Override
    public void connect(String endpoint) {
        try (Arena call = Arena.ofConfined()) {
            if (LibZmq.connect(state, handle(), call.allocateFrom(endpoint)) != 0) {
                throw NativeZmq.error(state, "zmq_connect " + endpoint);
            }
        }
    }

    /** libzmq's zmq_socket_monitor of this socket; a null endpoint stops it (a no-op once closed). */
    void monitor(String endpoint, int events) {
        if (endpoint == null && socket == null) {
            return; // closing the socket stopped it already
        }
        try (Arena call = Arena.ofConfined()) {
            MemorySegment where = endpoint == null ? MemorySegment.NULL : call.allocateFrom(endpoint);
            if (LibZmq.socketMonitor(state, handle(), where, events) != 0) {
                throw NativeZmq.error(state, "zmq_socket_monitor " + endpoint);
            }
        }
    }

    @Override
    public boolean send(byte[] buffer, int length, int flags) {
        if (length < 0 || length > buffer.length) {
            throw new IndexOutOfBoundsException("length " + length + " outside buffer of " + buffer.length);
        }
        MemorySegment s = handle();
        while (transfer.send(state, s, buffer, length, flags) < 0) {
            int errno = LibZmq.errno(state);
            if (errno == LibZmq.EAGAIN) {
                return false;
            }
            if (errno != LibZmq.EINTR) {
                throw NativeZmq.error(state, "zmq_send");
            }
        }
        return true;
    }

    @Override
    public int receive(byte[] buffer, int flags) {
        MemorySegment s = handle();
        int received;
        while ((received = transfer.receive(state, s, buffer, flags)) < 0) {
            int errno = LibZmq.errno(state);
            if (errno == LibZmq.EAGAIN) {
                return -1;
            }
            if (errno != LibZmq.EINTR) {
                throw NativeZmq.error(state, "zmq_recv");
            }
        }
        return received;
    }

    @Override
    public boolean hasMore() {
        MemorySegment s = handle(); // before the write: after close() the arena is gone
        size.set(JAVA_LONG, 0, Integer.BYTES);
        if (LibZmq.getsockopt(state, s, LibZmq.ZMQ_RCVMORE, intValue, size) != 0) {
            throw NativeZmq.error(state, "zmq_getsockopt ZMQ_RCVMORE");
        }
        return intValue.get(JAVA_INT, 0) != 0;
    }

    @Override
    public void close() {
        if (socket == null) {
            return;
        }
        if (LibZmq.close(state, socket) != 0) {
            throw NativeZmq.error(state, "zmq_close");
        }
        socket = null;
        transfer.close();
        arena.close();
    }

    private MemorySegment handle() {
        MemorySegment s = socket;
        if (s == null) {
            throw new IllegalStateException("socket is closed");
        }
        return s;
    }
}
