package zmqbench.ffm;

import java.lang.foreign.Arena;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import zmqbench.backend.ZmqException;

/** Finds libzmq once, on first use, and turns a failure into one clear line naming the fix. */
final class NativeZmq {

    private static final String FIX = "install libzmq5 ('make deps')";

    /** Library names tried in order: the ABI this code is written against, then the dev symlink. */
    private static final String[] NAMES = {"libzmq.so.5", "libzmq.so"};

    private static volatile String library;
    private static String failure;

    private NativeZmq() {
    }

    /** The library {@link #load()} found; {@link LibZmq} links against it. */
    static String libraryName() {
        return library;
    }

    /** Finds libzmq and links {@link LibZmq} if not yet done; else a {@link ZmqException} naming the fix. */
    static void load() {
        if (library != null) {
            return;
        }
        synchronized (NativeZmq.class) {
            if (library == null && failure == null) {
                failure = find();
            }
            if (failure != null) {
                throw new ZmqException(0, failure);
            }
        }
    }

    /** @return null once {@link #library} is set and {@link LibZmq} linked, else the one-line error */
    private static String find() {
        long sizeT = Linker.nativeLinker().canonicalLayouts().get("size_t").byteSize();
        if (sizeT != ValueLayout.JAVA_LONG.byteSize()) {
            return "the ffm backend maps size_t to a 64-bit long; this platform's size_t has " + sizeT + " bytes";
        }
        String firstError = null;
        for (String name : NAMES) {
            try {
                SymbolLookup.libraryLookup(name, Arena.global());
                library = name;
                break;
            } catch (IllegalArgumentException e) {
                if (firstError == null) {
                    firstError = e.getMessage();
                }
            }
        }
        if (library == null) {
            return "libzmq.so.5 not loadable (" + firstError + "): " + FIX;
        }
        try {
            LibZmq.version(); // links every handle now, so a missing symbol is reported here
            return null;
        } catch (ExceptionInInitializerError | UnsatisfiedLinkError e) {
            library = null;
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return "libzmq could not be linked (" + cause.getMessage() + "): " + FIX;
        }
    }

    /** The call-state segment {@link LibZmq}'s failing calls write errno into, for one user. */
    static MemorySegment callState(Arena arena) {
        return unchecked(arena.allocate(LibZmq.CALL_STATE));
    }

    /**
     * {@code segment} without its arena's liveness checks: a shared arena's segment costs an atomic
     * acquire and release on every downcall it is passed to. The caller keeps the arena open for as
     * long as it uses the view (a socket closes its arena last, in close()).
     */
    static MemorySegment unchecked(MemorySegment segment) {
        return MemorySegment.ofAddress(segment.address()).reinterpret(segment.byteSize());
    }

    static ZmqException error(MemorySegment state, String call) {
        int errno = LibZmq.errno(state);
        return new ZmqException(errno, call + ": " + LibZmq.strerror(errno) + " (errno " + errno + ")");
    }
}
