package zmqbench.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SliceCommandTest {

    @Test
    void readsTheParentsLines() {
        assertEquals(new SliceCommand(SliceCommand.Kind.SLICE, 2000, 100, 123456), SliceCommand.parse(
                "slice 2000 100 123456"));
        assertEquals(new SliceCommand(SliceCommand.Kind.SLICE, 2000, 100, 0), SliceCommand.parse("slice 2000 100"));
        assertEquals(SliceCommand.STOP, SliceCommand.parse("stop"));
        assertEquals(SliceCommand.END, SliceCommand.parse("end"));
    }

    @Test
    void writesTheSendersLineAndOneWithAnotherS() {
        SliceCommand slice = SliceCommand.parse("slice 2000 100 7");
        assertEquals("slice 2000 100", slice.senderLine());
        assertEquals("slice 2000 100 99", slice.withSentBefore(99));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "slice", "slice 10", "slice 0 1 0", "slice 1 0 0", "slice 1 1 -1", "slice 1 1 1 1",
        "slice x 1 0", "Slice 1 1 0", "end now", "release"})
    void anythingElseIsAnErrorNamingTheLine(String line) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SliceCommand.parse(line));
        assertEquals("unexpected line on stdin '" + line + "': expected 'slice N P S' (N, P >= 1, S >= 0; a sender's "
                + "without S), 'stop' or 'end'", e.getMessage());
    }
}
