package zmqbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import zmqbench.options.LibraryRelease;

/** The summary's title names what the ratios answer: releases against a release, or backends against c. */
class BaselineWordingTest {

    private static final List<LibraryRelease> RELEASES = List.of(new LibraryRelease("jeromq", "0.5.4", null),
            new LibraryRelease("jeromq", "0.6.0", null), new LibraryRelease("jeromq", null, "/tmp/j.jar"));

    @Test
    void releasesAgainstAReleaseReadAsTheirVersions() {
        assertEquals("jeromq 0.5.4, local against 0.6.0",
                BaselineWording.against("jeromq@0.6.0", RELEASES, List.of("jeromq@0.6.0", "jeromq@0.5.4", "jeromq@local")));
    }

    @Test
    void otherBackendsAreSaidToBeHeldAgainstTheReleaseToo() {
        assertEquals("jeromq 0.5.4 against 0.6.0, each other backend against jeromq@0.6.0",
                BaselineWording.against("jeromq@0.6.0", RELEASES, List.of("jeromq@0.6.0", "c", "jeromq@0.5.4")));
    }

    @Test
    void aBackendBaselineReadsAsBefore() {
        assertEquals("each backend against c", BaselineWording.against("c", RELEASES, List.of("c", "jeromq@0.5.4")));
    }
}
