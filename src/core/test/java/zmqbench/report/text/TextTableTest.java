package zmqbench.report.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void titlesWrapBetweenPhrasesNotInsideThem() {
        String title = "open-loop: RTT p50, µs, coordinated-omission corrected (from intended send time) (part 1 of 2)";
        assertEquals(List.of("open-loop: RTT p50, µs, coordinated-omission corrected",
                "  (from intended send time) (part 1 of 2)"), TextTable.wrapPhrases(title, 60, "  "));
        assertEquals(List.of(title), TextTable.wrapPhrases(title, 100, "  "));
    }

    @Test
    void aPhraseLongerThanALineIsWrappedBetweenWords() {
        List<String> lines = TextTable.wrapPhrases("one two three four five six seven", 10, "  ");
        assertEquals(List.of("one two", "  three", "  four", "  five six", "  seven"), lines);
    }
}
