package zmqbench.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** --versions and --jar as options: each release a column in place of its backend, and what is refused. */
class LibraryReleaseTest {

    private static CompareOptions.Builder backends(String... names) {
        return new CompareOptions.Builder().backends(List.of(names));
    }

    @Test
    void eachVersionAndTheLocalBuildIsAColumnInPlaceOfItsBackend() {
        List<LibraryRelease> releases = new ArrayList<>(LibraryRelease.versions("jeromq=0.5.4, 0.6.0"));
        releases.add(LibraryRelease.jar("jeromq=/tmp/jeromq.jar"));
        CompareOptions options = backends("c", "jeromq", "jna").releases(releases).baseline("jeromq@0.6.0").build();
        assertEquals(List.of("c", "jeromq@0.5.4", "jeromq@0.6.0", "jeromq@local", "jna"), options.matrix().columns());
        assertEquals("--jar jeromq=/tmp/jeromq.jar", releases.get(2).option());
    }

    @Test
    void malformedReleasesAreRefusedNamingTheOption() {
        assertEquals("--versions: expected NAME=V1,V2, got 'jeromq'",
                assertThrows(IllegalArgumentException.class, () -> LibraryRelease.versions("jeromq")).getMessage());
        assertEquals("--versions jeromq=0.5.4,: '' is not a Maven version", assertThrows(IllegalArgumentException.class,
                () -> LibraryRelease.versions("jeromq=0.5.4,")).getMessage());
        assertEquals("--versions jeromq=<x>: '<x>' is not a Maven version", assertThrows(
                IllegalArgumentException.class, () -> LibraryRelease.versions("jeromq=<x>")).getMessage());
        assertEquals("--jar: expected NAME=PATH, got 'jeromq='",
                assertThrows(IllegalArgumentException.class, () -> LibraryRelease.jar("jeromq=")).getMessage());
    }

    @Test
    void aBackendWithoutALibraryToSwapIsRefused() {
        assertEquals("--versions jni=1.0: jni has no library to swap (only jeromq, jna do; jni and ffm are built "
                + "here, jzmq's classes go with Debian's libjzmq)", refusal(backends("c", "jni")
                .releases(LibraryRelease.versions("jni=1.0"))));
    }

    @Test
    void aReleaseOfABackendNotComparedIsRefused() {
        assertEquals("--versions jeromq=0.5.4: jeromq is not among --backends (c, jna)",
                refusal(backends("c", "jna").releases(LibraryRelease.versions("jeromq=0.5.4"))));
    }

    @Test
    void theSameColumnTwiceIsRefused() {
        assertEquals("--versions jeromq=0.6.0: jeromq@0.6.0 twice",
                refusal(backends("jeromq").releases(LibraryRelease.versions("jeromq=0.6.0,0.6.0"))));
    }

    @Test
    void releasesAndJvmVariantsAreOneDimensionAtATime() {
        assertEquals("--versions and --jar cannot be combined with --jvm or --jvm-args: one dimension at a time",
                refusal(backends("jeromq").releases(LibraryRelease.versions("jeromq=0.6.0"))
                        .jvmArgs(List.of("-XX:+UseZGC"))));
    }

    @Test
    void aBaselineMustBeABackendOrAReleaseColumn() {
        assertEquals("--baseline: unknown backend 'jeromq@0.5.4' (known: c, jni, jzmq, ffm, ffm-critical, jna, "
                + "jeromq, the release columns, or none)", refusal(backends("c", "jeromq")
                .releases(LibraryRelease.versions("jeromq=0.6.0")).baseline("jeromq@0.5.4")));
    }

    @Test
    void theReleasesPresetHoldsTwoJeromqAndTwoJnaReleasesAgainstC() {
        CompareOptions options = Preset.RELEASES.builder().build();
        assertEquals(List.of("c", "jeromq@0.5.4", "jeromq@0.6.0", "jna@5.13.0", "jna@5.19.1"),
                options.matrix().columns());
        assertEquals("c", options.output().baseline());
    }

    private static String refusal(CompareOptions.Builder builder) {
        return assertThrows(IllegalArgumentException.class, builder::build).getMessage();
    }
}
