package zmqbench.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TerminalTest {

    @Test
    void colourOnATerminalByDefault() {
        assertTrue(Terminal.colorAllowed(true, Map.of("TERM", "xterm-256color")));
    }

    @Test
    void anEmptyNoColorLeavesColourOn() {
        assertTrue(Terminal.colorAllowed(true, Map.of("NO_COLOR", "")));
    }

    @Test
    void aNonEmptyNoColorTurnsColourOff() {
        assertFalse(Terminal.colorAllowed(true, Map.of("NO_COLOR", "1")));
    }

    @Test
    void noColourOnADumbTerminalOrOffOne() {
        assertFalse(Terminal.colorAllowed(true, Map.of("TERM", "dumb")));
        assertFalse(Terminal.colorAllowed(false, Map.of()));
    }
}
