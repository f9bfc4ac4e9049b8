package zmqbench.ffm;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import zmqbench.backend.CrossingCounter;

/**
 * libzmq's C API as downcall handles, one per call the socket interface needs. Loading this class
 * links every handle, so only {@link NativeZmq#load()} touches it, after it found the library.
 *
 * <p>Every call that can fail captures {@code errno} in the same native call (a later
 * {@code zmq_errno()} could see it overwritten by the JVM on the way back). Adding a call: one
 * handle here, made with {@link #downcall} (or {@link #failing} when it sets errno), and one static
 * method that invokes it. The calls of the message path (send, recv, getsockopt, and strerror on
 * its errors) count their crossing ({@link CrossingCounter}). {@code size_t} is a Java long:
 * {@link NativeZmq#load()} refuses a platform where it is not.
 */
final class LibZmq {

    static final int ZMQ_RCVMORE = 13;
    static final int ZMQ_LAST_ENDPOINT = 32;

    static final int EINTR = 4;
    static final int EAGAIN = 11;

    /** Where a failing call leaves errno: one per thread of use (sockets are single-threaded). */
    static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CALL_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));

    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LIBZMQ = SymbolLookup.libraryLookup(NativeZmq.libraryName(), Arena.global());
    private static final Linker.Option ERRNO_OPTION = Linker.Option.captureCallState("errno");

    private static final FunctionDescriptor TRANSFER =
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG, JAVA_INT);

    private static final MethodHandle CTX_NEW = downcall("zmq_ctx_new", FunctionDescriptor.of(ADDRESS));
    private static final MethodHandle CTX_TERM = failing("zmq_ctx_term", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    private static final MethodHandle SOCKET = failing("zmq_socket",
            FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT));
    private static final MethodHandle CLOSE = failing("zmq_close", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    private static final MethodHandle SETSOCKOPT = failing("zmq_setsockopt",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, JAVA_LONG));
    private static final MethodHandle GETSOCKOPT = failing("zmq_getsockopt",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, ADDRESS));
    private static final MethodHandle BIND = failing("zmq_bind", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    private static final MethodHandle CONNECT = failing("zmq_connect",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    private static final MethodHandle SOCKET_MONITOR = failing("zmq_socket_monitor",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT));
    private static final MethodHandle SEND = failing("zmq_send", TRANSFER);
    private static final MethodHandle RECV = failing("zmq_recv", TRANSFER);
    /**
     * The same two calls on heap arrays: a critical call stays in the Java thread state, so it
     * holds off every safepoint (GC included) while it runs. Only ever called with DONTWAIT.
     */
    private static final MethodHandle SEND_CRITICAL = failing("zmq_send", TRANSFER, Linker.Option.critical(true));
    private static final MethodHandle RECV_CRITICAL = failing("zmq_recv", TRANSFER, Linker.Option.critical(true));
    /** zmq_errno, for timing one crossing (zmqbench crossings): plain, and as a critical call. */
    private static final MethodHandle ERRNO_CALL = downcall("zmq_errno", FunctionDescriptor.of(JAVA_INT));
    private static final MethodHandle ERRNO_CALL_CRITICAL = downcall("zmq_errno", FunctionDescriptor.of(JAVA_INT),
            Linker.Option.critical(false));
    private static final MethodHandle STRERROR = downcall("zmq_strerror", FunctionDescriptor.of(ADDRESS, JAVA_INT));
    private static final MethodHandle VERSION = downcall("zmq_version",
            FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS));

    private LibZmq() {
    }

    private static MethodHandle downcall(String name, FunctionDescriptor descriptor, Linker.Option... options) {
        MemorySegment symbol = LIBZMQ.find(name)
                .orElseThrow(() -> new UnsatisfiedLinkError(NativeZmq.libraryName() + " has no " + name));
        return LINKER.downcallHandle(symbol, descriptor, options);
    }

    /** A call that reports failure through errno: its handle takes the call-state segment first. */
    private static MethodHandle failing(String name, FunctionDescriptor descriptor, Linker.Option... more) {
        Linker.Option[] options = new Linker.Option[more.length + 1];
        options[0] = ERRNO_OPTION;
        System.arraycopy(more, 0, options, 1, more.length);
        return downcall(name, descriptor, options);
    }

    static int errno(MemorySegment state) {
        return (int) ERRNO.get(state, 0L);
    }

    static MemorySegment ctxNew() {
        try {
            return (MemorySegment) CTX_NEW.invokeExact();
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    static int ctxTerm(MemorySegment state, MemorySegment context) {
        try {
            return (int) CTX_TERM.invokeExact(state, context);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    static MemorySegment socket(MemorySegment state, MemorySegment context, int type) {
        try {
            return (MemorySegment) SOCKET.invokeExact(state, context, type);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    static int close(MemorySegment state, MemorySegment socket) {
        try {
            return (int) CLOSE.invokeExact(state, socket);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    static int setsockopt(MemorySegment state, MemorySegment socket, int option, MemorySegment value, long size) {
        try {
            return (int) SETSOCKOPT.invokeExact(state, socket, option, value, size);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** {@code size} is the in/out {@code size_t*}. */
    static int getsockopt(MemorySegment state, MemorySegment socket, int option, MemorySegment value,
                          MemorySegment size) {
        CrossingCounter.count();
        try {
            return (int) GETSOCKOPT.invokeExact(state, socket, option, value, size);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    static int bind(MemorySegment state, MemorySegment socket, MemorySegment endpoint) {
        try {
            return (int) BIND.invokeExact(state, socket, endpoint);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    static int connect(MemorySegment state, MemorySegment socket, MemorySegment endpoint) {
        try {
            return (int) CONNECT.invokeExact(state, socket, endpoint);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** zmq_socket_monitor; a NULL {@code endpoint} stops the monitor. */
    static int socketMonitor(MemorySegment state, MemorySegment socket, MemorySegment endpoint, int events) {
        try {
            return (int) SOCKET_MONITOR.invokeExact(state, socket, endpoint, events);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    static int send(MemorySegment state, MemorySegment socket, MemorySegment buffer, long length, int flags) {
        CrossingCounter.count();
        try {
            return (int) SEND.invokeExact(state, socket, buffer, length, flags);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    static int recv(MemorySegment state, MemorySegment socket, MemorySegment buffer, long length, int flags) {
        CrossingCounter.count();
        try {
            return (int) RECV.invokeExact(state, socket, buffer, length, flags);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** zmq_send straight from a heap array; the caller passes DONTWAIT (see {@link #SEND_CRITICAL}). */
    static int sendCritical(MemorySegment state, MemorySegment socket, MemorySegment heapBuffer, long length,
                            int flags) {
        CrossingCounter.count();
        try {
            return (int) SEND_CRITICAL.invokeExact(state, socket, heapBuffer, length, flags);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** zmq_recv straight into a heap array; the caller passes DONTWAIT (see {@link #SEND_CRITICAL}). */
    static int recvCritical(MemorySegment state, MemorySegment socket, MemorySegment heapBuffer, long length,
                            int flags) {
        CrossingCounter.count();
        try {
            return (int) RECV_CRITICAL.invokeExact(state, socket, heapBuffer, length, flags);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** zmq_errno() through a plain downcall (no captured state: it cannot fail). */
    static int zmqErrno() {
        try {
            return (int) ERRNO_CALL.invokeExact();
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** zmq_errno() through a critical downcall: no thread-state transition, safepoints held off. */
    static int zmqErrnoCritical() {
        try {
            return (int) ERRNO_CALL_CRITICAL.invokeExact();
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** libzmq's message for {@code errno} (a static C string). */
    static String strerror(int errno) {
        CrossingCounter.count();
        try {
            MemorySegment message = (MemorySegment) STRERROR.invokeExact(errno);
            return message.reinterpret(Integer.MAX_VALUE).getString(0);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    static String version() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment parts = arena.allocate(JAVA_INT, 3);
            VERSION.invokeExact(parts, parts.asSlice(Integer.BYTES), parts.asSlice(2L * Integer.BYTES));
            return parts.getAtIndex(JAVA_INT, 0) + "." + parts.getAtIndex(JAVA_INT, 1) + "."
                    + parts.getAtIndex(JAVA_INT, 2);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** A downcall throws only when its handle and arguments disagree: a bug here, not a libzmq error. */
    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof Error e) {
            throw e;
        }
        return t instanceof RuntimeException e ? e : new IllegalStateException("libzmq downcall failed", t);
    }
}
