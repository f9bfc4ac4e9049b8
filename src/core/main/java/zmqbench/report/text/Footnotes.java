package zmqbench.report.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Numbered footnotes; the same text always gets the same number. */
public final class Footnotes {

    private final Map<String, Integer> numbers = new LinkedHashMap<>();

    /** The number of {@code text}, assigning the next one the first time. */
    public int number(String text) {
        return numbers.computeIfAbsent(text, t -> numbers.size() + 1);
    }

    /** Marks for several texts, e.g. {@code [1][3]}, or "" for none. */
    public String marks(List<String> texts) {
        StringBuilder marks = new StringBuilder();
        for (String text : texts) {
            marks.append('[').append(number(text)).append(']');
        }
        return marks.toString();
    }

    /** The footnotes in number order, as "[n] text". */
    public List<String> entries() {
        List<String> entries = new ArrayList<>();
        numbers.forEach((text, number) -> entries.add("[" + number + "] " + text));
        return entries;
    }

    public boolean isEmpty() {
        return numbers.isEmpty();
    }
}
