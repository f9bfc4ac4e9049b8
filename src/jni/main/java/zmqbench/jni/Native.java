package zmqbench.jni;

import java.nio.ByteBuffer;

/**
 * The native methods of {@code libzmqbench_jni.so} (native/jni/zmqbench_jni.c), one for one with
 * the libzmq calls they wrap. Handles are raw libzmq pointers carried as {@code long}; the
 * per-message calls take only primitives (handle, native address, length, flags).
 *
 * <p>Errors are thrown from C as {@link zmqbench.backend.ZmqException}; {@code EAGAIN} from
 * {@link #send} or {@link #recv} is returned as -1 and {@code EINTR} is retried.
 *
 * <p>Call {@link NativeLibrary#load()} before any of these: linking is lazy, so this class
 * loads without the library, and a method called before it throws {@link UnsatisfiedLinkError}.
 */
final class Native {

    private Native() {
    }

    /** zmq_version, packed as {@code major * 10000 + minor * 100 + patch}. */
    static native int version();

    /** zmq_errno: next to no work in libzmq, so that timing it times the JNI crossing. */
    static native int errno();

    /** GetDirectBufferAddress: the buffer's native address, or 0 if it is not direct. */
    static native long address(ByteBuffer buffer);

    static native long ctxNew();

    /** zmq_ctx_term; blocks until the context's sockets are closed. */
    static native void ctxTerm(long context);

    static native long socket(long context, int type);

    static native void close(long socket);

    static native void setInt(long socket, int option, int value);

    static native void setBytes(long socket, int option, byte[] value);

    /** ZMQ_RCVMORE. */
    static native boolean hasMore(long socket);

    /** zmq_bind, then ZMQ_LAST_ENDPOINT. */
    static native String bind(long socket, String endpoint);

    static native void connect(long socket, String endpoint);

    /** zmq_socket_monitor; a null {@code endpoint} stops monitoring. */
    static native void monitor(long socket, String endpoint, int events);

    /** zmq_send of {@code length} bytes at {@code address}: the length, or -1 on EAGAIN. */
    static native int send(long socket, long address, int length, int flags);

    /**
     * zmq_recv into {@code capacity} bytes at {@code address}: the frame's full size (may exceed
     * {@code capacity}; truncated as zmq_recv does), or -1 on EAGAIN.
     */
    static native int recv(long socket, long address, int capacity, int flags);
}
