package zmqbench.backend;

import java.io.IOException;
import java.io.InputStream;
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
        String resource = "META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
        try (InputStream in = loader.getResourceAsStream(resource)) {
            Properties pom = new Properties();
            if (in != null) {
                pom.load(in);
            }
            return pom.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
