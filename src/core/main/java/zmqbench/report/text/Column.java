package zmqbench.report.text;

/**
 * A table column.
 *
 * @param group -1 for a key column (repeated in every part of a table split to fit the width),
 *     otherwise the index of the column group (one backend's value and ratio) it belongs to;
 *     groups are kept together when a table is split
 */
public record Column(String header, boolean alignRight, int group) {

    public static final int KEY = -1;

    public static Column key(String header, boolean alignRight) {
        return new Column(header, alignRight, KEY);
    }

    public boolean isKey() {
        return group == KEY;
    }
}
