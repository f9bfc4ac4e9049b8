package zmqbench.semantics;

import zmqbench.protocol.ProbeSpec;
import zmqbench.protocol.ProbeRecord;
import zmqbench.protocol.SendingSocket;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import zmqbench.report.text.TextTable;
import zmqbench.protocol.Json;
import zmqbench.scenario.Transport;

/**
 * The {@code zmqbench semantics} report: one row per socket and transport, one column per backend
 * (the behaviour and its count), the documented behaviour beside them, a mark where a backend
 * differs, an explanation column, then the differences and failures in full and a legend.
 */
public final class SemanticsReport {

    /** The report formats. */
    public enum Format {
        TABLE, MD, JSON;

        public static Format parse(String name) {
            return zmqbench.scenario.Names.parse(Format.class, "format", name);
        }
    }

    public static final String MARK = "*";
    /** Text tables fit a 100-column terminal, as the other reports do. */
    static final int WIDTH_COLUMNS = 100;

    private final List<Assessment> assessments;
    private final List<String> backends;
    private final int hwm;
    private final boolean hwmAfterConnect;
    private final int blockMs;
    private final int size;

    /**
     * @param backends the columns, in order (a backend without assessments shows "-")
     * @param hwmAfterConnect the HWM was set once the sockets were connected, not before
     */
    public SemanticsReport(List<Assessment> assessments, List<String> backends, int hwm, boolean hwmAfterConnect,
                           int blockMs, int size) {
        this.assessments = List.copyOf(assessments);
        this.backends = List.copyOf(backends);
        this.hwm = hwm;
        this.hwmAfterConnect = hwmAfterConnect;
        this.blockMs = blockMs;
        this.size = size;
    }

    /** True when every probe ran and every backend behaved as documented. */
    public boolean allMatch() {
        return assessments.stream().allMatch(Assessment::matches);
    }

    /** One line for the exit status: which probes differ and which failed; null when all match. */
    public String summary() {
        List<String> parts = new ArrayList<>();
        List<Assessment> differ = assessments.stream().filter(a -> !a.failed() && !a.matches()).toList();
        if (!differ.isEmpty()) {
            parts.add("differs from the documentation: " + labels(differ));
        }
        List<Assessment> failed = assessments.stream().filter(Assessment::failed).toList();
        if (!failed.isEmpty()) {
            parts.add("probe failed: " + labels(failed));
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    /** A few probes by name; many as a count per backend. */
    private static String labels(List<Assessment> some) {
        if (some.size() <= 5) {
            return String.join(", ", some.stream().map(Assessment::label).toList());
        }
        Map<String, Integer> perBackend = new LinkedHashMap<>();
        for (Assessment a : some) {
            perBackend.merge(a.spec().backend(), 1, Integer::sum);
        }
        List<String> counts = new ArrayList<>();
        perBackend.forEach((backend, n) -> counts.add(backend + " " + n));
        return some.size() + " probes (" + String.join(", ", counts) + ")";
    }

    /** A numbered note: one difference (and its cause) and the probes it applies to. */
    private record Note(String text, List<Assessment> probes) {
    }

    /** The notes, one per distinct difference text, in table order. */
    private List<Note> notes() {
        Map<String, List<Assessment>> byText = new LinkedHashMap<>();
        for (Row row : rows()) {
            for (String backend : backends) {
                Assessment a = find(row, backend);
                if (a != null && !a.failed() && !a.matches()) {
                    String text = String.join("; ", a.differences())
                            + (a.explanation() == null ? "" : ". Why: " + a.explanation());
                    byText.computeIfAbsent(text, t -> new ArrayList<>()).add(a);
                }
            }
        }
        List<Note> notes = new ArrayList<>();
        byText.forEach((text, probes) -> notes.add(new Note(text, probes)));
        return notes;
    }

    public void write(Format format, PrintWriter out) {
        switch (format) {
            case TABLE -> writeText(out, false);
            case MD -> writeText(out, true);
            case JSON -> writeJson(out);
        }
        out.flush();
    }

    /** The cell of one probe: behaviour and count, marked when it differs. */
    public static String cell(Assessment a) {
        if (a.failed()) {
            return "FAILED";
        }
        ProbeRecord r = a.record();
        String text = switch (a.behaviour()) {
            case BLOCKS -> "blocks @" + count(r.outcome().queuedBeforeBlock());
            case DROPS -> "drops " + count(r.delivery().delivered()) + "/" + count(r.delivery().sent());
            case EFSM -> "EFSM @" + count(r.outcome().queuedBeforeBlock());
            case NO_LIMIT -> "no limit " + count(r.delivery().sent());
            case OTHER -> "other @" + count(r.outcome().queuedBeforeBlock());
        };
        return a.matches() ? text : text + " " + MARK;
    }

    /** Exact below 10,000, then 12.3k and 1.2M, so that tcp's large counts fit a column. */
    static String count(long n) {
        if (n < 10_000) {
            return Long.toString(n);
        }
        if (n < 1_000_000) {
            return String.format(Locale.ROOT, "%.1fk", n / 1e3);
        }
        return String.format(Locale.ROOT, "%.1fM", n / 1e6);
    }

    private record Row(SendingSocket socket, Transport transport) {
    }

    private List<Row> rows() {
        Set<Row> rows = new LinkedHashSet<>();
        for (Assessment a : assessments) {
            rows.add(new Row(a.spec().socket(), a.spec().transport()));
        }
        return new ArrayList<>(rows);
    }

    private Assessment find(Row row, String backend) {
        for (Assessment a : assessments) {
            if (a.spec().socket() == row.socket() && a.spec().transport() == row.transport()
                    && a.spec().backend().equals(backend)) {
                return a;
            }
        }
        return null;
    }

    private List<List<String>> table(List<Note> notes) {
        List<List<String>> lines = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("socket", "transport", "documented"));
        header.addAll(backends);
        header.add("explanation");
        lines.add(header);
        for (Row row : rows()) {
            List<String> line = new ArrayList<>(List.of(row.socket().cliName(), row.transport().cliName(),
                    Documented.of(row.socket()).cell(row.transport(), hwm)));
            Map<String, List<String>> byNote = new LinkedHashMap<>();
            for (String backend : backends) {
                Assessment a = find(row, backend);
                line.add(a == null ? "-" : cell(a));
                if (a == null || a.matches()) {
                    continue;
                }
                String key = a.failed() ? "probe failed" : "see [" + (noteIndex(notes, a) + 1) + "]";
                byNote.computeIfAbsent(key, k -> new ArrayList<>()).add(backend);
            }
            List<String> explanation = new ArrayList<>();
            byNote.forEach((key, names) -> explanation.add(String.join(", ", names) + ": " + key));
            line.add(explanation.isEmpty() ? "-" : String.join("; ", explanation));
            lines.add(line);
        }
        return lines;
    }

    private static int noteIndex(List<Note> notes, Assessment a) {
        for (int i = 0; i < notes.size(); i++) {
            if (notes.get(i).probes().contains(a)) {
                return i;
            }
        }
        throw new IllegalStateException("no note for " + a.label());
    }

    private void writeText(PrintWriter out, boolean markdown) {
        String title = "Behaviour at the high-water mark: SNDHWM = RCVHWM = " + hwm + " on both sockets, set "
                + (hwmAfterConnect ? "after they were connected (their pipes made with the default "
                        + ProbeSpec.DEFAULT_HWM + ")" : "before bind/connect") + "; a receiver that never reads, "
                + size + " B messages; a send still waiting after " + blockMs + " ms (SNDTIMEO) is blocked.";
        List<Note> notes = notes();
        List<List<String>> table = table(notes);
        if (markdown) {
            out.println("## " + title);
            out.println();
            for (int i = 0; i < table.size(); i++) {
                out.println("| " + String.join(" | ", table.get(i).stream().map(SemanticsReport::escape).toList())
                        + " |");
                if (i == 0) {
                    out.println("|" + " --- |".repeat(table.get(i).size()));
                }
            }
        } else {
            TextTable.wrap(title, WIDTH_COLUMNS, "  ").forEach(out::println);
            writeColumns(out, table);
        }
        if (!notes.isEmpty()) {
            out.println();
            out.println(MARK + " Differences from the documentation:");
            for (int i = 0; i < notes.size(); i++) {
                Note note = notes.get(i);
                Map<String, List<String>> probesPerBackends = new LinkedHashMap<>();
                Map<String, List<String>> backendsPerProbe = new LinkedHashMap<>();
                for (Assessment a : note.probes()) {
                    backendsPerProbe.computeIfAbsent(a.spec().label(), k -> new ArrayList<>()).add(a.spec().backend());
                }
                backendsPerProbe.forEach((probe, names) ->
                        probesPerBackends.computeIfAbsent(String.join(", ", names), k -> new ArrayList<>()).add(probe));
                List<String> where = new ArrayList<>();
                probesPerBackends.forEach((names, probes) -> where.add(names + " " + String.join(", ", probes)));
                printItem(out, markdown, "[" + (i + 1) + "] " + String.join("; ", where) + ": " + note.text());
            }
        }
        List<Assessment> failed = assessments.stream().filter(Assessment::failed).toList();
        if (!failed.isEmpty()) {
            out.println();
            out.println("Failed probes:");
            for (Assessment a : failed) {
                printItem(out, markdown, a.label() + ": " + a.failure());
            }
        }
        out.println();
        for (String line : legend()) {
            printItem(out, markdown, line);
        }
    }

    /** A list item: a Markdown bullet, or indented text wrapped to the terminal's width. */
    private static void printItem(PrintWriter out, boolean markdown, String item) {
        if (markdown) {
            out.println("- " + item);
            return;
        }
        for (String line : TextTable.wrap(item, WIDTH_COLUMNS - 2, "  ")) {
            out.println("  " + line);
        }
    }

    /**
     * The table as aligned text in parts that fit {@link #WIDTH_COLUMNS}: the three leading columns
     * repeat in every part and the backends are shared out among the parts. The explanation column
     * is left to Markdown: in text the numbered notes below say the same, backend by backend.
     */
    private static void writeColumns(PrintWriter out, List<List<String>> table) {
        int columns = table.get(0).size();
        int[] widths = new int[columns];
        for (List<String> line : table) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], line.get(c).length());
            }
        }
        int leading = 3;
        int leadingWidth = 0;
        for (int c = 0; c < leading; c++) {
            leadingWidth += widths[c] + 2;
        }
        int first = leading;
        while (first < columns - 1) {
            int last = first;
            int width = leadingWidth + widths[first] + 2;
            while (last + 1 < columns - 1 && width + widths[last + 1] + 2 <= WIDTH_COLUMNS) {
                width += widths[++last] + 2;
            }
            out.println();
            for (List<String> line : table) {
                StringBuilder text = new StringBuilder();
                for (int c = 0; c < columns; c++) {
                    if (c < leading || (c >= first && c <= last)) {
                        text.append(String.format(Locale.ROOT, "%-" + widths[c] + "s  ", line.get(c)));
                    }
                }
                out.println(text.toString().stripTrailing());
            }
            first = last + 1;
        }
    }

    private List<String> legend() {
        long inproc = ProbeSpec.documentedInprocLimit(hwm);
        return List.of(
                "blocks @N: N messages queued, then a DONTWAIT send failed with EAGAIN and a blocking send "
                        + "was still waiting when SNDTIMEO expired (documented for pair, push, dealer; "
                        + "router-mandatory returns EAGAIN the same way).",
                "drops K/N: all N sends accepted at once, K reached the receiver, the rest were dropped "
                        + "(documented for pub and router). Over tcp K depends on how fast the sender is.",
                "EFSM @1: one request accepted, the next send failed with EFSM: a REQ waits for its reply, "
                        + "so it never reaches the HWM.",
                "@" + inproc + ": over inproc the pipe holds SNDHWM + RCVHWM; @" + inproc + "+: over tcp the "
                        + "kernel's socket buffers queue more on top.",
                "router and router-mandatory also send once to a routing id nobody has: router drops it, "
                        + "router-mandatory must fail with EHOSTUNREACH.",
                "pub's K over inproc may be one short of " + inproc + ": the warm-up message the subscriber read "
                        + "is credited back to the publisher only every few messages (libzmq's low-water mark).",
                MARK + ": differs from the documentation (see above); exit status 1.");
    }

    private static String escape(String cell) {
        return cell.replace("|", "\\|");
    }

    private void writeJson(PrintWriter out) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("hwm", hwm);
        root.put("hwm_set", hwmAfterConnect ? "after" : "before");
        root.put("block_ms", blockMs);
        root.put("size", size);
        root.put("backends", backends);
        root.put("all_match", allMatch());
        List<Map<String, Object>> results = new ArrayList<>();
        for (Assessment a : assessments) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("backend", a.spec().backend());
            result.put("socket", a.spec().socket().cliName());
            result.put("transport", a.spec().transport().cliName());
            Documented documented = a.documented();
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("behaviour", documented.behaviour().word());
            doc.put("nonblocking_result", documented.nonblockingResult());
            doc.put("blocking_result", documented.blockingResult());
            doc.put("unroutable_result", documented.unroutableResult());
            doc.put("cell", documented.cell(a.spec().transport(), hwm));
            doc.put("rule", documented.rule());
            result.put("documented", doc);
            result.put("behaviour", a.failed() ? null : a.behaviour().word());
            result.put("cell", cell(a));
            result.put("matches", a.matches());
            result.put("differences", a.differences());
            result.put("explanation", a.explanation());
            result.put("failure", a.failure());
            result.put("record", a.record());
            results.add(result);
        }
        root.put("results", results);
        out.println(Json.PRETTY.toJson(root));
    }
}
