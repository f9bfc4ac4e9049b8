package zmqbench.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The describe step's check that an adapter can drive the library on its classpath: an adapter
 * class compiled against one version of a library, checked against another that lacks a method,
 * a field or a class.
 */
class LibraryApiCheckTest {

    /** The library as the adapter was compiled against it. */
    static class Library {
        static int count;

        Library(String name) {
        }

        static void open(int[] sizes, String name) {
        }

        static void hook(Runnable consumer, int events) {
        }
    }

    /** The same library at an older version: no {@code hook}, and no {@code count}. */
    static class OlderLibrary {
        OlderLibrary(String name) {
        }

        static void open(int[] sizes, String name) {
        }
    }

    /** Calls everything {@link Library} has. */
    static class Adapter {
        void drive() {
            new Library("x");
            Library.open(new int[1], "y");
            Library.hook(() -> { }, Library.count);
        }
    }

    private static final String LIBRARY = "zmqbench/backend/LibraryApiCheckTest$Library";

    @Test
    void anAdapterDrivesTheLibraryItWasCompiledAgainst() throws IOException {
        assertEquals(List.of(), check(Map.of(LIBRARY, Library.class)));
    }

    @Test
    void eachMemberTheOlderLibraryLacksIsNamedOnce() throws IOException {
        assertEquals(List.of("field zmqbench.backend.LibraryApiCheckTest$Library.count",
                "zmqbench.backend.LibraryApiCheckTest$Library.hook(Runnable, int)"),
                check(Map.of(LIBRARY, OlderLibrary.class)));
    }

    @Test
    void aLibraryWithoutTheClassIsNamed() throws IOException {
        assertEquals(List.of("class zmqbench.backend.LibraryApiCheckTest$Library"), check(Map.of()));
    }

    @Test
    void theJdkAndOurOwnClassesAreNotTheLibrary() {
        // The real check, on a backend class of our own that calls only the JDK and zmqbench.
        assertEquals(List.of(), LibraryApiCheck.missing(MavenVersion.class));
    }

    /** Checks {@link Adapter} with the library's classes as {@code library} maps them (none: missing). */
    private static List<String> check(Map<String, Class<?>> library) throws IOException {
        try (InputStream in = Adapter.class.getResourceAsStream("LibraryApiCheckTest$Adapter.class")) {
            return LibraryApiCheck.missing(List.of(in.readAllBytes()), name -> name.equals(LIBRARY), library::get);
        }
    }
}
