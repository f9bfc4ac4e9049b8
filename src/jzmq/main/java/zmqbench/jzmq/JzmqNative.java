package zmqbench.jzmq;

import java.util.function.Supplier;
import zmqbench.backend.ZmqException;

/** The first touch of org.zeromq.ZMQ loads libjzmq.so; a failure there becomes one clear line. */
final class JzmqNative {

    private JzmqNative() {
    }

    /** The first failure's explanation: later attempts only see "Could not initialize class". */
    private static volatile String failure;

    static <T> T call(Supplier<T> firstTouch) {
        try {
            return firstTouch.get();
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            // UnsatisfiedLinkError the first time; NoClassDefFoundError ("Could not initialize
            // class org.zeromq.ZMQ") on every later attempt in the same JVM.
            String explained = failure;
            if (explained == null) {
                explained = explain(e);
                failure = explained;
            }
            throw new ZmqException(explained, e);
        }
    }

    private static String explain(LinkageError e) {
        String detail = String.valueOf(e.getMessage());
        if (e instanceof NoClassDefFoundError && !detail.startsWith("Could not initialize")) {
            return "JZMQ's classes are missing from the classpath (" + detail + "): rebuild build/lib/jzmq/ ('make')";
        }
        // libjzmq.so itself found, but the dynamic linker could not resolve its libzmq.so.5.
        String fix = detail.contains("libzmq.so")
                ? "libzmq.so.5 not loadable: install libzmq5 ('make deps')"
                : "libjzmq.so not found: install libzmq-jni ('make deps')";
        String where = detail.contains("java.library.path")
                ? "" : "java.library.path=" + System.getProperty("java.library.path") + "; ";
        return fix + " [" + where + firstLine(detail) + "]";
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
