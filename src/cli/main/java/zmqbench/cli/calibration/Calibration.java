package zmqbench.cli.calibration;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import zmqbench.report.units.Unit;
import zmqbench.report.units.Units;
import zmqbench.scenario.Sizes;

/**
 * The statistics of {@code make calibrate} (native/calibrate/calibrate.sh), which runs the tool and
 * the plain programs and writes one line per run, "ROUND BACKEND SCENARIO SIZE VALUE", to a tool
 * file and a plain file.
 * <pre>
 *   Calibration table   TOOL PLAIN MIN_ROUNDS MAX_ROUNDS   the table of ratios tool/plain
 *   Calibration pending TOOL PLAIN MIN_ROUNDS MAX_ROUNDS   "BACKEND SCENARIO SIZE" of the cells
 *                                                          that need another round
 * </pre>
 * Exit 2 on bad usage or an unreadable line, with one line on stderr.
 */
public final class Calibration {

    private Calibration() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 5 || !(args[0].equals("table") || args[0].equals("pending"))) {
            err.println("usage: Calibration table|pending TOOL_FILE PLAIN_FILE MIN_ROUNDS MAX_ROUNDS");
            return 2;
        }
        int minRounds;
        int maxRounds;
        Map<String, CalibrationCell> cells = new LinkedHashMap<>();
        try {
            minRounds = rounds("MIN_ROUNDS", args[3]);
            maxRounds = rounds("MAX_ROUNDS", args[4]);
            read(Path.of(args[1]), true, cells);
            read(Path.of(args[2]), false, cells);
        } catch (IOException | IllegalArgumentException e) {
            err.println("calibration: " + e.getMessage());
            return 2;
        }
        if (args[0].equals("pending")) {
            cells.values().stream().filter(c -> c.pending(minRounds, maxRounds))
                    .forEach(c -> out.println(c.backend + " " + c.scenario + " " + c.size));
        } else {
            table(cells.values(), out);
        }
        return 0;
    }

    private static int rounds(String name, String text) {
        try {
            int n = Integer.parseInt(text);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(name + " must be a whole number >= 1, got '" + text + "'");
    }

    private static void read(Path file, boolean fromTool, Map<String, CalibrationCell> cells) throws IOException {
        if (!Files.exists(file)) {
            return; // no run of that side yet
        }
        int lineNumber = 0;
        for (String line : Files.readAllLines(file)) {
            lineNumber++;
            String[] f = line.trim().split("\\s+");
            if (f.length != 5) {
                throw new IllegalArgumentException(file + ":" + lineNumber
                        + ": expected ROUND BACKEND SCENARIO SIZE VALUE, got '" + line + "'");
            }
            try {
                CalibrationCell cell = cells.computeIfAbsent(f[1] + " " + f[2] + " " + f[3],
                        key -> new CalibrationCell(f[1], f[2], Integer.parseInt(f[3])));
                cell.add(fromTool, Integer.parseInt(f[0]), Double.parseDouble(f[4]));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + ":" + lineNumber + ": not a number in '" + line + "'");
            }
        }
    }

    private static void table(Iterable<CalibrationCell> cells, PrintStream out) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"backend", "figure", "size", "tool", "plain", "tool/plain [95%]", "rounds",
            "+-5%", "tool cv", "plain cv"});
        for (CalibrationCell c : cells) {
            boolean latency = c.scenario.equals("latency");
            Unit unit = latency ? Unit.MICROSECONDS : Unit.MSGS_PER_SEC;
            rows.add(new String[] {c.backend, latency ? "RTT p50" : "msg/s", Sizes.format(c.size),
                c.toolEstimate() == null ? "-" : Units.estimate(c.toolEstimate(), unit) + " " + unit.label(),
                c.plainEstimate() == null ? "-" : Units.estimate(c.plainEstimate(), unit) + " " + unit.label(),
                c.ratio() == null ? "-" : Units.ratio(c.ratio()), Integer.toString(c.rounds()),
                switch (c.verdict()) {
                    case WITHIN -> "yes";
                    case OUTSIDE -> "NO";
                    case UNDECIDED -> "open";
                },
                percent(c.toolSpread()), percent(c.plainSpread())});
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                String padded = i < 3 ? String.format("%-" + widths[i] + "s", row[i])
                        : String.format("%" + widths[i] + "s", row[i]);
                line.append(i == 0 ? "" : "  ").append(padded);
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * fraction);
    }
}
