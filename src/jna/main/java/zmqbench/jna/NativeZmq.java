package zmqbench.jna;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import zmqbench.backend.CrossingCounter;
import zmqbench.backend.ZmqException;

/** Binds {@link LibZmq} to libzmq once, on first use, and turns failures into one clear line. */
final class NativeZmq {

    private static final String FIX = "install libzmq5 ('make deps')";

    /** Library names tried in order: the ABI this code is written against, then the dev symlink. */
    private static final String[] NAMES = {"libzmq.so.5", "zmq"};

    private static volatile boolean loaded;
    private static String failure;

    private NativeZmq() {
    }

    /** Binds libzmq if not yet done; throws a {@link ZmqException} naming the fix if it cannot. */
    static void load() {
        if (loaded) {
            return;
        }
        synchronized (NativeZmq.class) {
            if (loaded) {
                return;
            }
            if (failure == null) {
                failure = bind();
            }
            if (failure != null) {
                throw new ZmqException(0, failure);
            }
            loaded = true;
        }
    }

    /** @return null on success, else the one-line error */
    private static String bind() {
        String firstError = null;
        try {
            if (Native.SIZE_T_SIZE != Long.BYTES) {
                return "the jna backend maps size_t to a 64-bit long; this platform's size_t has "
                        + Native.SIZE_T_SIZE + " bytes";
            }
            for (String name : NAMES) {
                try {
                    NativeLibrary library = NativeLibrary.getInstance(name);
                    Native.register(LibZmq.class, library);
                    return null;
                } catch (UnsatisfiedLinkError e) {
                    if (firstError == null) {
                        firstError = dlopenReason(e.getMessage());
                    }
                }
            }
        } catch (LinkageError e) {
            // JNA's own libjnidispatch could not be loaded.
            return "JNA " + Native.VERSION + " could not start (" + firstLine(e.getMessage()) + "): "
                    + "is the JNA jar complete for this platform?";
        }
        return "libzmq.so.5 not loadable (" + firstError + "): " + FIX;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }

    /**
     * JNA's "Unable to load library" message spans lines: a header, what dlopen said for each
     * path tried, then the class-path search. The dlopen line is the one that says why.
     */
    private static String dlopenReason(String message) {
        if (message == null) {
            return "no detail";
        }
        for (String line : message.split("\n")) {
            String trimmed = line.trim();
            if (!trimmed.isEmpty() && !trimmed.startsWith("Unable to load library")
                    && !trimmed.startsWith("Native library (")) {
                return trimmed;
            }
        }
        return firstLine(message);
    }

    /**
     * The error of the last failed libzmq call on this thread. JNA records errno inside the same
     * native call that failed, before the JVM can disturb it on the way back; {@code zmq_errno()}
     * in a second call is the fallback when JNA recorded nothing.
     */
    static int errno() {
        CrossingCounter.count(); // getLastError is a native method of JNA's
        int errno = Native.getLastError();
        if (errno != 0) {
            return errno;
        }
        CrossingCounter.count();
        return LibZmq.zmq_errno();
    }

    static ZmqException error(int errno, String call) {
        CrossingCounter.count();
        return new ZmqException(errno, call + ": " + LibZmq.zmq_strerror(errno) + " (errno " + errno + ")");
    }
}
