package zmqbench.jna;

import com.sun.jna.Pointer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import zmqbench.backend.CrossingCounter;
import zmqbench.backend.SocketOption;
import zmqbench.backend.ZmqException;
import zmqbench.backend.ZmqSocket;

/** A libzmq socket: one JNA direct call per SPI call on the message path. */
final class JnaSocket implements ZmqSocket {

    private static final boolean LITTLE_ENDIAN = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;

    private Pointer socket;

    /** Reused by {@link #hasMore()} so that the receive path allocates nothing. */
    private final byte[] intValue = new byte[Integer.BYTES];
    private final long[] size = new long[1];

    JnaSocket(Pointer socket) {
        this.socket = socket;
    }

    @Override
    public void setOption(SocketOption option, int value) {
        switch (option) {
            case SUBSCRIBE, UNSUBSCRIBE, ROUTING_ID ->
                    throw new ZmqException(ZmqException.EINVAL, option + " takes bytes, not an integer");
            default -> {
                byte[] bytes = new byte[Integer.BYTES];
                putInt(bytes, value);
                setsockopt(option, bytes);
            }
        }
    }

    @Override
    public void setOption(SocketOption option, byte[] value) {
        switch (option) {
            case SUBSCRIBE, UNSUBSCRIBE, ROUTING_ID -> setsockopt(option, value);
            default -> throw new ZmqException(ZmqException.EINVAL, option + " takes an integer, not bytes");
        }
    }

    private void setsockopt(SocketOption option, byte[] value) {
        if (LibZmq.zmq_setsockopt(handle(), option.zmqValue(), value, value.length) != 0) {
            throw NativeZmq.error(NativeZmq.errno(), "zmq_setsockopt " + option);
        }
    }

    @Override
    public String bind(String endpoint) {
        if (LibZmq.zmq_bind(handle(), endpoint) != 0) {
            throw NativeZmq.error(NativeZmq.errno(), "zmq_bind " + endpoint);
        }
        byte[] buffer = new byte[1024];
        long[] length = {buffer.length};
        if (LibZmq.zmq_getsockopt(socket, LibZmq.ZMQ_LAST_ENDPOINT, buffer, length) != 0) {
            throw NativeZmq.error(NativeZmq.errno(), "zmq_getsockopt ZMQ_LAST_ENDPOINT");
        }
        int end = 0; // the option is a NUL-terminated string; length counts the NUL
        while (end < length[0] && buffer[end] != 0) {
            end++;
        }
        return new String(buffer, 0, end, StandardCharsets.UTF_8);
    }

    @Override
    public void connect(String endpoint) {
        if (LibZmq.zmq_connect(handle(), endpoint) != 0) {
            throw NativeZmq.error(NativeZmq.errno(), "zmq_connect " + endpoint);
        }
    }

    @Override
    public boolean send(byte[] buffer, int length, int flags) {
        if (length < 0 || length > buffer.length) {
            throw new IndexOutOfBoundsException("length " + length + " outside buffer of " + buffer.length);
        }
        Pointer s = handle();
        CrossingCounter.count();
        while (LibZmq.zmq_send(s, buffer, length, flags) < 0) {
            int errno = NativeZmq.errno();
            if (errno == LibZmq.EAGAIN) {
                return false;
            }
            if (errno != LibZmq.EINTR) {
                throw NativeZmq.error(errno, "zmq_send");
            }
            CrossingCounter.count(); // the retry
        }
        return true;
    }

    @Override
    public int receive(byte[] buffer, int flags) {
        Pointer s = handle();
        int received;
        CrossingCounter.count();
        while ((received = LibZmq.zmq_recv(s, buffer, buffer.length, flags)) < 0) {
            int errno = NativeZmq.errno();
            if (errno == LibZmq.EAGAIN) {
                return -1;
            }
            if (errno != LibZmq.EINTR) {
                throw NativeZmq.error(errno, "zmq_recv");
            }
            CrossingCounter.count(); // the retry
        }
        return received;
    }

    @Override
    public boolean hasMore() {
        size[0] = intValue.length;
        CrossingCounter.count();
        if (LibZmq.zmq_getsockopt(handle(), LibZmq.ZMQ_RCVMORE, intValue, size) != 0) {
            throw NativeZmq.error(NativeZmq.errno(), "zmq_getsockopt ZMQ_RCVMORE");
        }
        return getInt(intValue) != 0;
    }

    @Override
    public void close() {
        if (socket == null) {
            return;
        }
        if (LibZmq.zmq_close(socket) != 0) {
            throw NativeZmq.error(NativeZmq.errno(), "zmq_close");
        }
        socket = null;
    }

    /** libzmq's zmq_socket_monitor of this socket; a null endpoint stops it (a no-op once closed). */
    void monitor(String endpoint, int events) {
        if (endpoint == null && socket == null) {
            return; // closing the socket stopped it already
        }
        if (LibZmq.zmq_socket_monitor(handle(), endpoint, events) != 0) {
            throw NativeZmq.error(NativeZmq.errno(), "zmq_socket_monitor " + endpoint);
        }
    }

    private Pointer handle() {
        Pointer s = socket;
        if (s == null) {
            throw new IllegalStateException("socket is closed");
        }
        return s;
    }

    private static void putInt(byte[] bytes, int value) {
        for (int i = 0; i < Integer.BYTES; i++) {
            int shift = LITTLE_ENDIAN ? 8 * i : 8 * (Integer.BYTES - 1 - i);
            bytes[i] = (byte) (value >>> shift);
        }
    }

    private static int getInt(byte[] bytes) {
        int value = 0;
        for (int i = 0; i < Integer.BYTES; i++) {
            int shift = LITTLE_ENDIAN ? 8 * i : 8 * (Integer.BYTES - 1 - i);
            value |= (bytes[i] & 0xff) << shift;
        }
        return value;
    }
}
