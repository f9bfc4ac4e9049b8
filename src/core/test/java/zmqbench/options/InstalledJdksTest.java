package zmqbench.options;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstalledJdksTest {

    @TempDir
    Path jvmDir;

    private Path jdk(String name, String version) throws IOException {
        Path jdk = Files.createDirectories(jvmDir.resolve(name).resolve("bin")).getParent();
        Files.writeString(jdk.resolve("release"), "IMPLEMENTOR=\"x\"\nJAVA_VERSION=\"" + version + "\"\n");
        Path java = Files.writeString(jdk.resolve("bin").resolve("java"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return jdk;
    }

    @Test
    void oneJdkPerMajorVersionOldestFirst() throws IOException {
        Path temurin = jdk("temurin-25-jdk-amd64", "25.0.3");
        Path debian = jdk("java-17-openjdk-amd64", "17.0.15");
        Files.createSymbolicLink(jvmDir.resolve("default-java"), debian); // Debian's alias of the same JDK
        jdk("java-8-openjdk-amd64", "1.8.0_402");
        Files.createDirectories(jvmDir.resolve("no-release/bin"));
        assertEquals(List.of(jvmDir.resolve("java-8-openjdk-amd64").toRealPath().toString(),
                        debian.toRealPath().toString(), temurin.toRealPath().toString()),
                InstalledJdks.under(jvmDir));
    }

    @Test
    void noDirectoryMeansNoJdks() {
        assertEquals(List.of(), InstalledJdks.under(jvmDir.resolve("absent")));
    }
}
