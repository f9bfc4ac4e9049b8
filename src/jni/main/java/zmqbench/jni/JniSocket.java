package zmqbench.jni;

import java.lang.ref.Reference;
import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;
import java.util.Objects;
import zmqbench.backend.CrossingCounter;
import zmqbench.backend.SocketOption;
import zmqbench.backend.ZmqSocket;

/**
 * A libzmq socket through our JNI binding. Not thread-safe, like the libzmq socket it wraps.
 *
 * <p>Each socket owns one direct {@link ByteBuffer} whose native address is fetched once, so a
 * send or receive is one bulk copy between the caller's {@code byte[]} and that buffer (which
 * the JIT compiles to a memory copy) plus one JNI call taking only primitives: no allocation and
 * no array pinning per message. The buffer grows (doubling) when a message or a receive array
 * is larger than it.
 *
 * <p>Callers that already hold a direct buffer can skip the copy with
 * {@link #send(ByteBuffer, int)} / {@link #receive(ByteBuffer, int)} and their absolute forms.
 */
public final class JniSocket implements ZmqSocket {

    private static final int INITIAL_CAPACITY = 8 * 1024;

    private long handle;

    /** Owned staging buffer for the byte[] calls, its native address and its capacity. */
    private ByteBuffer buffer;
    private long address;
    private int capacity;

    /** The last caller-provided direct buffer and its address (a buffer's address never changes). */
    private ByteBuffer lastDirect;
    private long lastDirectAddress;

    JniSocket(long handle) {
        this.handle = handle;
        allocate(INITIAL_CAPACITY);
    }

    private void allocate(int size) {
        ByteBuffer b = ByteBuffer.allocateDirect(size);
        address = Native.address(b);
        buffer = b;
        capacity = size;
    }

    private void grow(int needed) {
        int doubled = capacity > (Integer.MAX_VALUE >> 1) ? Integer.MAX_VALUE : capacity << 1;
        allocate(Math.max(needed, doubled));
        // The old buffer is freed by its Cleaner once unreachable; no native call still uses it.
    }

    @Override
    public void setOption(SocketOption option, int value) {
        Native.setInt(handle, option.zmqValue(), value);
    }

    @Override
    public void setOption(SocketOption option, byte[] value) {
        Objects.requireNonNull(value, "value");
        Native.setBytes(handle, option.zmqValue(), value);
    }

    @Override
    public String bind(String endpoint) {
        Objects.requireNonNull(endpoint, "endpoint");
        return Native.bind(handle, endpoint);
    }

    @Override
    public void connect(String endpoint) {
        Objects.requireNonNull(endpoint, "endpoint");
        Native.connect(handle, endpoint);
    }

    @Override
    public boolean send(byte[] message, int length, int flags) {
        if (length > capacity) {
            grow(length);
        }
        ByteBuffer b = buffer;
        b.put(0, message, 0, length); // bounds-checks length against message and b
        CrossingCounter.count();
        int rc = Native.send(handle, address, length, flags);
        Reference.reachabilityFence(b); // the memory at `address` must outlive the call
        return rc >= 0;
    }

    @Override
    public int receive(byte[] message, int flags) {
        int room = message.length;
        if (room > capacity) {
            grow(room);
        }
        ByteBuffer b = buffer;
        CrossingCounter.count();
        int size = Native.recv(handle, address, room, flags);
        if (size > 0) {
            b.get(0, message, 0, Math.min(size, room));
        }
        Reference.reachabilityFence(b);
        return size;
    }

    @Override
    public boolean hasMore() {
        CrossingCounter.count();
        return Native.hasMore(handle);
    }

    // ---- direct ByteBuffer calls: no copy ----------------------------------------------------

    /**
     * Sends the remaining bytes of a direct buffer (position to limit) as one frame; when
     * queued, the position moves to the limit.
     *
     * @return true when queued; false when it would block (DONTWAIT) or SNDTIMEO expired
     * @throws IllegalArgumentException if {@code message} is not direct
     */
    public boolean send(ByteBuffer message, int flags) {
        int position = message.position();
        int length = message.limit() - position;
        if (!send(message, position, length, flags)) {
            return false;
        }
        message.position(position + length);
        return true;
    }

    /**
     * Sends {@code length} bytes of a direct buffer from index {@code offset} as one frame,
     * leaving its position and limit alone.
     *
     * @return true when queued; false when it would block (DONTWAIT) or SNDTIMEO expired
     * @throws IllegalArgumentException if {@code message} is not direct
     */
    public boolean send(ByteBuffer message, int offset, int length, int flags) {
        Objects.checkFromIndexSize(offset, length, message.limit());
        int rc = Native.send(handle, addressOf(message) + offset, length, flags);
        Reference.reachabilityFence(message);
        return rc >= 0;
    }

    /**
     * Receives one frame into a direct buffer, from its position up to its limit (truncating
     * as zmq_recv does); the position advances by the number of bytes stored.
     *
     * @return the frame's full size (may exceed the remaining space), or -1 when it would block
     *     (DONTWAIT) or RCVTIMEO expired
     * @throws IllegalArgumentException if {@code message} is not direct
     */
    public int receive(ByteBuffer message, int flags) {
        int position = message.position();
        int room = message.limit() - position;
        int size = receive(message, position, room, flags);
        if (size > 0) {
            message.position(position + Math.min(size, room));
        }
        return size;
    }

    /**
     * Receives one frame into {@code length} bytes of a direct buffer from index
     * {@code offset} (truncating as zmq_recv does), leaving its position and limit alone.
     *
     * @return the frame's full size (may exceed {@code length}), or -1 when it would block
     *     (DONTWAIT) or RCVTIMEO expired
     * @throws IllegalArgumentException if {@code message} is not direct
     */
    public int receive(ByteBuffer message, int offset, int length, int flags) {
        if (message.isReadOnly()) {
            throw new ReadOnlyBufferException();
        }
        Objects.checkFromIndexSize(offset, length, message.limit());
        int size = Native.recv(handle, addressOf(message) + offset, length, flags);
        Reference.reachabilityFence(message);
        return size;
    }

    private long addressOf(ByteBuffer direct) {
        if (direct == lastDirect) {
            return lastDirectAddress;
        }
        long a = direct.isDirect() ? Native.address(direct) : 0;
        if (a == 0) {
            throw new IllegalArgumentException("the jni backend sends and receives direct ByteBuffers only");
        }
        lastDirect = direct;
        lastDirectAddress = a;
        return a;
    }

    /** zmq_socket_monitor of this socket; a null endpoint stops it (a no-op once closed). */
    void monitor(String endpoint, int events) {
        if (endpoint == null && handle == 0) {
            return; // closing the socket stopped it already
        }
        Native.monitor(handle, endpoint, events);
    }

    /** {@code zmq_close}; closing twice is a no-op. Later calls fail with ENOTSOCK. */
    @Override
    public void close() {
        long h = handle;
        if (h != 0) {
            handle = 0;
            lastDirect = null;
            Native.close(h);
        }
    }
}
