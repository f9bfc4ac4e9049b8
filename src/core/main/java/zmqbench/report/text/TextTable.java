package zmqbench.report.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a {@link Table} as aligned plain text no wider than a given width. When the columns do
 * not fit, the table is split into parts that each repeat the key columns (and the pinned first
 * group: the baseline), keeping each group's columns together.
 */
public final class TextTable {

    private static final String GAP = "  ";

    private TextTable() {
    }

    /** The table's lines, without trailing spaces; ANSI colour only when {@code color}. */
    public static List<String> render(Table table, int widthColumns, boolean color) {
        List<Column> columns = table.columns();
        int[] widths = new int[columns.size()];
        int[] suffixWidths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            int text = 0;
            for (List<Cell> row : table.rows()) {
                Cell cell = row.get(c);
                text = Math.max(text, length(cell.text()));
                suffixWidths[c] = Math.max(suffixWidths[c], length(cell.suffix()));
            }
            int suffixPart = suffixWidths[c] == 0 ? 0 : 1 + suffixWidths[c];
            widths[c] = Math.max(length(columns.get(c).header()), text + suffixPart);
        }
        List<List<Integer>> parts = split(table, widths, widthColumns);
        List<String> lines = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            String title = table.title() + (parts.size() > 1 ? " (part " + (p + 1) + " of " + parts.size() + ")" : "");
            lines.addAll(wrapPhrases(title, widthColumns, "  "));
            List<Integer> part = parts.get(p);
            lines.add(line(part, c -> pad(columns.get(c).header(), widths[c], columns.get(c).alignRight())));
            lines.add(line(part, c -> "-".repeat(widths[c])));
            for (List<Cell> row : table.rows()) {
                lines.add(line(part, c -> render(row.get(c), widths[c], suffixWidths[c],
                        columns.get(c).alignRight(), color)));
            }
            if (p < parts.size() - 1) {
                lines.add("");
            }
        }
        return lines;
    }

    /**
     * Words of {@code text} wrapped to lines of at most {@code widthColumns}, continuation lines
     * starting with {@code indent}. A single word longer than a line is cut.
     */
    public static List<String> wrap(String text, int widthColumns, String indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            int needed = line.length() == 0 ? length(word) : line.length() + 1 + length(word);
            if (line.length() > 0 && needed > widthColumns) {
                lines.add(line.toString());
                line = new StringBuilder(indent);
            }
            if (line.length() > 0 && !line.toString().equals(indent)) {
                line.append(' ');
            }
            line.append(word);
            while (length(line.toString()) > widthColumns) {
                int cut = line.offsetByCodePoints(0, widthColumns);
                lines.add(line.substring(0, cut));
                line = new StringBuilder(indent).append(line.substring(cut));
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * A title wrapped between its phrases (after ", " and "; ", before " ("), so no phrase is
     * broken while it fits on a line; a phrase longer than a line is wrapped between words.
     */
    public static List<String> wrapPhrases(String text, int widthColumns, String indent) {
        List<String> phrases = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            boolean afterSeparator = i > 0 && text.charAt(i) == ' '
                    && (text.charAt(i - 1) == ',' || text.charAt(i - 1) == ';');
            boolean beforeParenthesis = text.startsWith(" (", i);
            if (afterSeparator || beforeParenthesis) {
                phrases.add(text.substring(start, i));
                start = i + 1;
            }
        }
        phrases.add(text.substring(start));
        List<String> joined = new ArrayList<>();
        String line = "";
        for (String phrase : phrases) {
            String longer = line.isEmpty() ? phrase : line + " " + phrase;
            if (line.isEmpty() || length(longer) <= widthColumns) {
                line = longer;
            } else {
                joined.add(line);
                line = indent + phrase;
            }
        }
        joined.add(line);
        List<String> lines = new ArrayList<>();
        for (String one : joined) {
            lines.addAll(length(one) <= widthColumns ? List.of(one) : wrap(one, widthColumns, indent));
        }
        return lines;
    }

    /** Display width of plain text: one column per code point (the tables use no wide characters). */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private static List<List<Integer>> split(Table table, int[] widths, int widthColumns) {
        List<Column> columns = table.columns();
        List<Integer> keys = new ArrayList<>();
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).isKey()) {
                keys.add(c);
            } else {
                groups.computeIfAbsent(columns.get(c).group(), g -> new ArrayList<>()).add(c);
            }
        }
        List<Integer> pinned = table.pinFirstGroup() && groups.containsKey(0) ? groups.remove(0) : List.of();
        int fixedWidth = width(keys, widths) + width(pinned, widths);
        List<List<Integer>> parts = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        int currentWidth = fixedWidth;
        for (List<Integer> group : groups.values()) {
            int groupWidth = width(group, widths);
            if (!current.isEmpty() && currentWidth + groupWidth > widthColumns) {
                parts.add(current);
                current = new ArrayList<>();
                currentWidth = fixedWidth;
            }
            current.addAll(group);
            currentWidth += groupWidth;
        }
        if (!current.isEmpty() || parts.isEmpty()) {
            parts.add(current);
        }
        List<List<Integer>> withFixed = new ArrayList<>();
        for (List<Integer> part : parts) {
            List<Integer> all = new ArrayList<>(keys);
            all.addAll(pinned);
            all.addAll(part);
            withFixed.add(all);
        }
        return withFixed;
    }

    /** Width of some columns with a gap before each but the very first column of a line. */
    private static int width(List<Integer> columns, int[] widths) {
        int total = 0;
        for (int c : columns) {
            total += widths[c] + GAP.length();
        }
        return total;
    }

    private interface CellText {
        String at(int column);
    }

    private static String line(List<Integer> columns, CellText text) {
        StringBuilder line = new StringBuilder();
        for (int c : columns) {
            if (line.length() > 0) {
                line.append(GAP);
            }
            line.append(text.at(c));
        }
        return stripTrailing(line.toString());
    }

    private static String render(Cell cell, int width, int suffixWidth, boolean alignRight, boolean color) {
        int suffixPart = suffixWidth == 0 ? 0 : 1 + suffixWidth;
        String text = pad(cell.text(), width - suffixPart, alignRight);
        String styled = styleNonBlank(text, cell.style(), color);
        if (suffixPart == 0) {
            return styled;
        }
        return styled + " " + pad(cell.suffix(), suffixWidth, false);
    }

    /** Styles the visible text but not its padding, so colour never shifts columns. */
    private static String styleNonBlank(String padded, Style style, boolean color) {
        String trimmed = padded.strip();
        if (!color || trimmed.isEmpty()) {
            return padded;
        }
        int start = padded.indexOf(trimmed);
        return padded.substring(0, start) + style.apply(trimmed, true) + padded.substring(start + trimmed.length());
    }

    private static String pad(String text, int width, boolean alignRight) {
        String spaces = " ".repeat(Math.max(0, width - length(text)));
        return alignRight ? spaces + text : text + spaces;
    }

    private static String stripTrailing(String line) {
        return line.stripTrailing();
    }
}
