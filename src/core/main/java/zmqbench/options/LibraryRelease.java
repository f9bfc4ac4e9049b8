package zmqbench.options;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Java backend run on another version of its library ({@code --versions jeromq=0.5.4}) or on a
 * local build of it ({@code --jar jeromq=PATH}): its own column, {@code jeromq@0.5.4} or
 * {@code jeromq@local}, whose worker classpath is the backend module's with the library swapped.
 *
 * @param version a Maven version, or null for a jar
 * @param jar the local build, or null for a version
 */
public record LibraryRelease(String backend, String version, String jar) {

    /** The column of a local build. */
    public static final String LOCAL = "local";

    /**
     * The backends whose library can be swapped, with its Maven {@code groupId:artifactId}. JZMQ's
     * classes go with Debian's native library, and jni and ffm are built here, so they have none.
     */
    public static final Map<String, String> LIBRARIES = Map.of(
            "jeromq", "org.zeromq:jeromq",
            "jna", "net.java.dev.jna:jna");

    /** {@code NAME=V1,V2} of {@code --versions}: one release per version. */
    public static List<LibraryRelease> versions(String text) {
        String[] parts = split("--versions", text, "NAME=V1,V2");
        List<LibraryRelease> releases = new ArrayList<>();
        for (String version : parts[1].split(",", -1)) {
            if (!version.strip().matches("[A-Za-z0-9._+-]+")) {
                throw new IllegalArgumentException("--versions " + text + ": '" + version.strip() + "' is not a "
                        + "Maven version");
            }
            releases.add(new LibraryRelease(parts[0], version.strip(), null));
        }
        return releases;
    }

    /** {@code NAME=PATH} of {@code --jar}. */
    public static LibraryRelease jar(String text) {
        String[] parts = split("--jar", text, "NAME=PATH");
        return new LibraryRelease(parts[0], null, parts[1]);
    }

    private static String[] split(String option, String text, String form) {
        int equals = text.indexOf('=');
        if (equals <= 0 || equals == text.length() - 1) {
            throw new IllegalArgumentException(option + ": expected " + form + ", got '" + text + "'");
        }
        return new String[] {text.substring(0, equals).strip(), text.substring(equals + 1).strip()};
    }

    /** The column this release runs as. */
    public String column() {
        return backend + "@" + (jar == null ? version : LOCAL);
    }

    /** The option as given, for a refusal: {@code --versions jeromq=0.5.4} or {@code --jar jeromq=PATH}. */
    public String option() {
        return jar == null ? "--versions " + backend + "=" + version : "--jar " + backend + "=" + jar;
    }

    /** Null when the library of {@code backend} can be swapped, else why not. */
    static String unswappable(String backend, String option) {
        return LIBRARIES.containsKey(backend) ? null : option + ": " + backend + " has no library to swap (only "
                + String.join(", ", LIBRARIES.keySet().stream().sorted().toList()) + " do; jni and ffm are built "
                + "here, jzmq's classes go with Debian's libjzmq)";
    }

    /** {@code backends} with each backend that has releases replaced by its release columns, in order. */
    public static List<String> columns(List<String> backends, List<LibraryRelease> releases) {
        List<String> columns = new ArrayList<>();
        for (String backend : backends) {
            List<String> own = releases.stream().filter(r -> r.backend.equals(backend)).map(LibraryRelease::column).toList();
            columns.addAll(own.isEmpty() ? List.of(backend) : own);
        }
        return columns;
    }
}
