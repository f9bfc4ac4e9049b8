package zmqbench.jna;

import com.sun.jna.Pointer;

/**
 * libzmq's C API through JNA direct mapping. The methods are bound by {@link NativeZmq#load()}
 * ({@code Native.register}), never by a static initializer, so that loading this class touches no
 * native code and a missing libzmq is reported as a {@link zmqbench.backend.ZmqException}.
 *
 * <p>{@code size_t} is mapped to {@code long}: {@link NativeZmq#load()} refuses a platform where
 * {@code size_t} is not 64 bits wide.
 */
final class LibZmq {

    static final int ZMQ_RCVMORE = 13;
    static final int ZMQ_LAST_ENDPOINT = 32;

    static final int EINTR = 4;
    static final int EAGAIN = 11;

    private LibZmq() {
    }

    static native Pointer zmq_ctx_new();

    static native int zmq_ctx_term(Pointer context);

    static native Pointer zmq_socket(Pointer context, int type);

    static native int zmq_close(Pointer socket);

    static native int zmq_setsockopt(Pointer socket, int option, byte[] value, long size);

    /** {@code size} is the in/out {@code size_t*}: one element. */
    static native int zmq_getsockopt(Pointer socket, int option, byte[] value, long[] size);

    static native int zmq_bind(Pointer socket, String endpoint);

    static native int zmq_connect(Pointer socket, String endpoint);

    /** A null {@code endpoint} stops monitoring. */
    static native int zmq_socket_monitor(Pointer socket, String endpoint, int events);

    static native int zmq_send(Pointer socket, byte[] buffer, long length, int flags);

    static native int zmq_recv(Pointer socket, byte[] buffer, long length, int flags);

    static native int zmq_errno();

    static native String zmq_strerror(int errnum);

    static native void zmq_version(int[] major, int[] minor, int[] patch);
}
