package zmqbench.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * One jar of a library a release column runs on, as the result set records it: where it is, what
 * it is (its Maven coordinates, or the version the jar itself names) and its SHA-256.
 *
 * @param coordinates {@code group:artifact:type:version} as Maven resolved it, or null for a local build
 */
record LibraryJar(String coordinates, Path path) {

    /** {@code coordinates sha256:HEX}, or for a local build {@code PATH (version V, from its manifest) sha256:HEX}. */
    String describe() {
        String what = coordinates != null ? coordinates : path + " (" + ownVersion(path) + ")";
        return what + " sha256:" + sha256(path);
    }

    static String sha256(Path jar) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(jar), digest)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The version a jar names: its Maven metadata's ({@code pom.properties}), else its manifest's, else none. */
    static String ownVersion(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : file.stream().toList()) {
                String name = entry.getName();
                if (name.startsWith("META-INF/maven/") && name.endsWith("/pom.properties")) {
                    Properties pom = new Properties();
                    try (InputStream in = file.getInputStream(entry)) {
                        pom.load(in);
                    }
                    if (pom.getProperty("version") != null) {
                        return "version " + pom.getProperty("version") + ", from " + name;
                    }
                }
            }
            Attributes main = file.getManifest() == null ? new Attributes() : file.getManifest().getMainAttributes();
            for (String key : new String[] {"Implementation-Version", "Bundle-Version"}) {
                if (main.getValue(key) != null) {
                    return "version " + main.getValue(key) + ", from its manifest";
                }
            }
            return "the jar names no version";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
