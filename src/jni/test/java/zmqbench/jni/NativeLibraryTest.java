package zmqbench.jni;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zmqbench.backend.ZmqException;

/** Where the library is looked for; pure path logic, nothing is loaded. */
class NativeLibraryTest {

    @TempDir
    Path tmp;

    @Test
    void explicitDirectoryWinsAndAMissingLibraryNamesPathAndFix() {
        Path dir = tmp.resolve("nowhere");
        ZmqException e = assertThrows(ZmqException.class,
                () -> NativeLibrary.locate(dir.toString(), null, tmp.toString()));
        String message = e.getMessage();
        assertTrue(message.contains(dir.resolve("libzmqbench_jni.so").toString()), message);
        assertTrue(message.contains("make native") && message.contains("make deps"), message);
        assertFalse(message.contains("\n"), message);
        // zmqbench.home is not consulted when zmqbench.native.dir is set
        assertFalse(message.contains(" or "), message);
    }

    @Test
    void findsTheLibraryRelativeToTheJarLayout() throws IOException {
        Path jar = Files.createDirectories(tmp.resolve("build/lib/jni")).resolve("zmqbench-jni-0.1.0.jar");
        Files.createFile(jar);
        Path library = Files.createDirectories(tmp.resolve("build/native")).resolve("libzmqbench_jni.so");
        Files.createFile(library);
        assertEquals(library, NativeLibrary.locate(null, jar, null));
    }

    @Test
    void fallsBackToTheRepositoryRootForMavenTests() throws IOException {
        Path library = Files.createDirectories(tmp.resolve("build/native")).resolve("libzmqbench_jni.so");
        Files.createFile(library);
        Path classes = Files.createDirectories(tmp.resolve("src/jni/target/classes"));
        assertEquals(library, NativeLibrary.locate("", classes, tmp.toString()));
    }
}
