package zmqbench.jni;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import zmqbench.backend.ZmqException;

/**
 * Finds and loads {@code libzmqbench_jni.so}, once, on first use (never from
 * {@link JniBackend#name()} or {@link JniBackend#version()}). Where it looks:
 *
 * <ol>
 *   <li>{@code -Dzmqbench.native.dir=DIR}: {@code DIR/libzmqbench_jni.so}, and nowhere else;
 *   <li>next to the jar: the jar is laid out as {@code build/lib/jni/zmqbench-jni-*.jar}, the
 *       library as {@code build/native/libzmqbench_jni.so};
 *   <li>{@code -Dzmqbench.home=ROOT} (surefire sets it to the repository root):
 *       {@code ROOT/build/native/libzmqbench_jni.so}.
 * </ol>
 *
 * A missing library is a {@link ZmqException} with one line naming the path and the fix.
 */
final class NativeLibrary {

    static final String FILE_NAME = "libzmqbench_jni.so";
    static final String FIX = "run 'make native' (needs libzmq3-dev: 'make deps')";

    private static volatile boolean loaded;

    private NativeLibrary() {
    }

    /** Loads the library unless already loaded; a failure is reported again on the next call. */
    static void load() {
        if (loaded) {
            return;
        }
        synchronized (NativeLibrary.class) {
            if (loaded) {
                return;
            }
            Path library = locate(System.getProperty("zmqbench.native.dir"), codeSource(),
                    System.getProperty("zmqbench.home"));
            try {
                System.load(library.toString());
            } catch (UnsatisfiedLinkError e) {
                // Present but unloadable, e.g. libzmq.so.5 missing or built for another platform.
                throw new ZmqException("jni backend: cannot load " + library + " (" + e.getMessage() + "); " + FIX, e);
            }
            loaded = true;
        }
    }

    /**
     * The library to load, from the rules above: the first candidate that exists.
     *
     * @param nativeDir {@code zmqbench.native.dir}, or null
     * @param codeSource the jar (or classes directory) this class came from, or null
     * @param home {@code zmqbench.home}, or null
     * @throws ZmqException naming the path(s) looked at and the fix, when none exists
     */
    static Path locate(String nativeDir, Path codeSource, String home) {
        List<Path> candidates = new ArrayList<>();
        if (nativeDir != null && !nativeDir.isEmpty()) {
            candidates.add(Path.of(nativeDir, FILE_NAME));
        } else {
            // build/lib/jni/zmqbench-jni-0.1.0.jar -> build/native/libzmqbench_jni.so
            if (codeSource != null && codeSource.getFileName() != null
                    && codeSource.getFileName().toString().endsWith(".jar")) {
                Path lib = codeSource.toAbsolutePath().getParent();
                Path build = lib == null || lib.getParent() == null ? null : lib.getParent().getParent();
                if (build != null) {
                    candidates.add(build.resolve("native").resolve(FILE_NAME));
                }
            }
            if (home != null && !home.isEmpty()) {
                candidates.add(Path.of(home, "build", "native", FILE_NAME));
            }
        }
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate)) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        if (candidates.isEmpty()) {
            throw new ZmqException(0, "jni backend: cannot tell where " + FILE_NAME
                    + " is (set -Dzmqbench.native.dir=DIR); " + FIX);
        }
        String paths = candidates.stream()
                .map(p -> p.toAbsolutePath().normalize().toString())
                .distinct()
                .collect(Collectors.joining(" or "));
        throw new ZmqException(0, "jni backend: native library not found: " + paths + "; " + FIX);
    }

    /** The jar (or classes directory) holding this class, or null if it cannot be told. */
    private static Path codeSource() {
        try {
            CodeSource source = NativeLibrary.class.getProtectionDomain().getCodeSource();
            URL location = source == null ? null : source.getLocation();
            return location == null ? null : Path.of(location.toURI());
        } catch (Exception e) { // URISyntaxException, FileSystemNotFoundException, SecurityException...
            return null;
        }
    }
}
