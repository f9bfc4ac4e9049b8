package zmqbench.run;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where {@code make} laid the tool out: {@code build/lib/<backend>/} holds each Java backend's
 * worker classpath and {@code build/native/} the C worker and our JNI library.
 *
 * @param root the project (or installation) directory, from system property {@code zmqbench.home}
 */
public record Home(Path root) {

    public static Home fromSystemProperty() {
        return new Home(Path.of(System.getProperty("zmqbench.home", ".")).toAbsolutePath().normalize());
    }

    public Path libDir(String module) {
        return root.resolve("build").resolve("lib").resolve(module);
    }

    public Path nativeDir() {
        return root.resolve("build").resolve("native");
    }

    public Path cWorker() {
        return nativeDir().resolve("zmqbench-worker");
    }

    /** Extra JVM arguments a backend module asks for (one per line), e.g. java.library.path. */
    public Path jvmArgsFile(String module) {
        return libDir(module).resolve("jvm.args");
    }

    /** The JDK a backend module's workers run on when it needs another than the launcher's (ffm: 22+). */
    public Path javaHomeFile(String module) {
        return libDir(module).resolve("java.home");
    }

    public boolean hasJavaBackend(String module) {
        return Files.isDirectory(libDir(module));
    }
}
