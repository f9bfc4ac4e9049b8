package zmqbench.backend;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;

/** A library's version from the Maven metadata in its jar, read without initialising its classes. */
public final class MavenVersion {

    private MavenVersion() {
    }

    /**
     * The {@code version} in {@code META-INF/maven/GROUP/ARTIFACT/pom.properties} as seen by
     * {@code loader}, or "unknown". Reading a resource runs no static initialiser (JZMQ's loads its
     * native library), so backends can name their version before anything native is loaded.
     */
    public static String of(ClassLoader loader, String groupId, String artifactId) {
        return pomVersion(loader, groupId, artifactId).orElse("unknown");
    }

    /**
     * As {@link #of(ClassLoader, String, String)} for the library that holds {@code libraryClass},
     * else the first word of its jar manifest's {@code Implementation-Version} (JNA's jar has no Maven
     * metadata, a jar built by hand may have only a manifest), else "unknown".
     */
    public static String of(Class<?> libraryClass, String groupId, String artifactId) {
        return pomVersion(libraryClass.getClassLoader(), groupId, artifactId).orElseGet(() -> {
            String manifest = libraryClass.getPackage().getImplementationVersion();
            return manifest == null || manifest.isBlank() ? "unknown" : manifest.strip().split("\\s+")[0];
        });
    }

    private static Optional<String> pomVersion(ClassLoader loader, String groupId, String artifactId) {
        String resource = "META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
        try (InputStream in = loader.getResourceAsStream(resource)) {
            Properties pom = new Properties();
            if (in != null) {
                pom.load(in);
            }
            return Optional.ofNullable(pom.getProperty("version"));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
