package zmqbench.semantics;

import zmqbench.protocol.ProbeSpec;
import zmqbench.protocol.ProbeRecord;
import zmqbench.protocol.SendingSocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import zmqbench.scenario.Transport;

class SemanticsReportTest {

    private static final List<String> BACKENDS = List.of("c", "jeromq");

    /** Every socket over both transports through both backends, all as documented. */
    private static List<Assessment> documented() {
        List<Assessment> assessments = new ArrayList<>();
        for (SendingSocket socket : SendingSocket.values()) {
            for (Transport transport : ProbeSpec.TRANSPORTS) {
                for (String backend : BACKENDS) {
                    assessments.add(Assessment.of(Records.spec(backend, socket, transport, 10),
                            Records.documented(backend, socket, transport, 10)));
                }
            }
        }
        return assessments;
    }

    private static String render(SemanticsReport report, SemanticsReport.Format format) {
        StringWriter text = new StringWriter();
        report.write(format, new PrintWriter(text));
        return text.toString();
    }

    private static SemanticsReport report(List<Assessment> assessments) {
        return new SemanticsReport(assessments, BACKENDS, 10, false, 200, 64);
    }

    @Test
    void aTableRowPerSocketAndTransportAColumnPerBackend() {
        String text = render(report(documented()), SemanticsReport.Format.TABLE);
        List<String> lines = text.lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.matches("socket +transport +documented +c +jeromq")),
                text);
        assertTrue(lines.stream().anyMatch(l -> l.matches("pair +inproc +blocks @20 +blocks @20 +blocks @20")),
                text);
        assertTrue(lines.stream().anyMatch(l -> l.matches(
                "pair +tcp +blocks @20\\+ +blocks @60\\.0k +blocks @60\\.0k")), text);
        assertTrue(lines.stream().anyMatch(l -> l.matches("req +inproc +EFSM @1 +EFSM @1 +EFSM @1")), text);
        assertTrue(lines.stream().anyMatch(l -> l.matches("pub +inproc +drops <=20 +drops 19/202 +drops 19/202")),
                text);
        assertTrue(lines.stream().anyMatch(l -> l.matches("router-mandatory +tcp +blocks @20\\+ .*")), text);
        assertEquals(1 + 2 * SendingSocket.values().length,
                lines.stream().filter(l -> l.matches("[a-z-]+ +(inproc|tcp|transport) .*")).count(), text);
        assertFalse(text.contains(SemanticsReport.MARK + " Differences"), text);
        assertTrue(lines.stream().allMatch(l -> l.length() <= SemanticsReport.WIDTH_COLUMNS), text);
        assertTrue(report(documented()).allMatch());
        assertNull(report(documented()).summary());
    }

    @Test
    void aBackendThatDiffersIsMarkedExplainedAndNamedInTheSummary() {
        List<Assessment> assessments = new ArrayList<>(documented());
        ProbeSpec spec = Records.spec("jeromq", SendingSocket.PUSH, Transport.INPROC, 10);
        assessments.replaceAll(a -> a.spec().equals(spec)
                ? Assessment.of(spec, Records.record("jeromq", SendingSocket.PUSH, Transport.INPROC, 10, 11, "eagain",
                        "blocked", null, 11, 11))
                : a);
        SemanticsReport report = report(assessments);
        String text = render(report, SemanticsReport.Format.TABLE);
        assertTrue(text.lines().anyMatch(l -> l.matches(
                "push +inproc +blocks @20 +blocks @20 +blocks @11 \\*")), text);
        assertTrue(text.contains("* Differences from the documentation:\n  [1] jeromq push/inproc: queued 11 before "
                + "blocking; documented SNDHWM + RCVHWM = 20\n"), text);
        assertFalse(report.allMatch());
        assertEquals("differs from the documentation: jeromq push/inproc", report.summary());
    }

    @Test
    void theSameDifferenceInSeveralProbesIsOneNoteWithItsCause() {
        List<Assessment> assessments = new ArrayList<>();
        for (SendingSocket socket : List.of(SendingSocket.PAIR, SendingSocket.PUSH)) {
            for (String backend : BACKENDS) {
                long queued = backend.equals("c") ? 1010 : 2000;
                ProbeRecord r = Records.record(backend, socket, Transport.INPROC, 10, queued, "eagain", "blocked", null,
                        queued, queued);
                ProbeRecord after = r.withHwmSet("after");
                assessments.add(Assessment.of(Records.spec(backend, socket, Transport.INPROC, 10), after));
            }
        }
        SemanticsReport report = new SemanticsReport(assessments, BACKENDS, 10, true, 200, 64);
        String text = render(report, SemanticsReport.Format.TABLE);
        assertTrue(text.replaceAll("\\s+", " ").contains("set after they were connected"), text);
        assertTrue(text.lines().anyMatch(l -> l.matches("pair +inproc +blocks @20 +blocks @1010 \\* +blocks @2000 \\*")),
                text);
        // Markdown keeps the explanation column and the notes unwrapped.
        text = render(report, SemanticsReport.Format.MD);
        assertTrue(text.contains("| pair | inproc | blocks @20 | blocks @1010 * | blocks @2000 * | c: see [1]; jeromq: see [2] |"),
                text);
        assertTrue(text.contains("[1] c pair/inproc, push/inproc: queued 1010 before blocking; documented SNDHWM + "
                + "RCVHWM = 20. Why: " + Explanations.LIBZMQ_INPROC_BOOST + " (10 + 1000)\n"), text);
        assertTrue(text.contains("[2] jeromq pair/inproc, push/inproc: queued 2000 before blocking; documented SNDHWM "
                + "+ RCVHWM = 20. Why: " + Explanations.JEROMQ_LIVE_PIPES + "\n"), text);
        assertEquals("differs from the documentation: c pair/inproc, jeromq pair/inproc, c push/inproc, "
                + "jeromq push/inproc", report.summary());
    }

    @Test
    void manyDifferencesAreCountedPerBackendInTheSummary() {
        List<Assessment> assessments = new ArrayList<>();
        for (SendingSocket socket : SendingSocket.values()) {
            ProbeSpec spec = Records.spec("jeromq", socket, Transport.INPROC, 10);
            assessments.add(Assessment.failed(spec, "boom"));
        }
        assertEquals("probe failed: 7 probes (jeromq 7)", report(assessments).summary());
    }

    @Test
    void aFailedProbeShowsAsFailedWithItsReason() {
        List<Assessment> assessments = new ArrayList<>(documented());
        ProbeSpec spec = Records.spec("c", SendingSocket.PUB, Transport.TCP, 10);
        assessments.replaceAll(a -> a.spec().equals(spec) ? Assessment.failed(spec, "c pub/tcp: no record") : a);
        SemanticsReport report = report(assessments);
        String text = render(report, SemanticsReport.Format.TABLE);
        assertTrue(text.lines().anyMatch(l -> l.matches("pub +tcp +drops +FAILED +drops .*")), text);
        assertTrue(text.contains("Failed probes:\n  c pub/tcp: c pub/tcp: no record"), text);
        assertEquals("probe failed: c pub/tcp", report.summary());
    }

    @Test
    void markdownIsAPipeTable() {
        String text = render(report(documented()), SemanticsReport.Format.MD);
        assertTrue(text.startsWith("## Behaviour at the high-water mark"), text);
        assertTrue(text.contains("| socket | transport | documented | c | jeromq | explanation |\n"
                + "| --- | --- | --- | --- | --- | --- |\n"
                + "| pair | inproc | blocks @20 | blocks @20 | blocks @20 | - |"), text);
        assertTrue(text.contains("- blocks @N: "), text);
    }

    @Test
    void jsonHasTheDocumentedAndTheObservedBehaviourAndTheRecord() {
        JsonObject root = JsonParser.parseString(render(report(documented()), SemanticsReport.Format.JSON))
                .getAsJsonObject();
        assertEquals(10, root.get("hwm").getAsInt());
        assertTrue(root.get("all_match").getAsBoolean());
        JsonArray results = root.getAsJsonArray("results");
        assertEquals(2 * 2 * SendingSocket.values().length, results.size());
        JsonObject first = results.get(0).getAsJsonObject();
        assertEquals("pair", first.get("socket").getAsString());
        assertEquals("blocks", first.getAsJsonObject("documented").get("behaviour").getAsString());
        assertEquals("blocks", first.get("behaviour").getAsString());
        JsonObject outcome = first.getAsJsonObject("record").getAsJsonObject("outcome");
        assertEquals(20, outcome.get("queued_before_block").getAsLong());
        assertTrue(first.get("matches").getAsBoolean());
    }

    @Test
    void largeCountsAreShortened() {
        assertEquals("9999", SemanticsReport.count(9999));
        assertEquals("64.6k", SemanticsReport.count(64_580));
        assertEquals("1.0M", SemanticsReport.count(1_000_202));
    }

    @Test
    void formatsParse() {
        assertEquals(SemanticsReport.Format.MD, SemanticsReport.Format.parse("md"));
    }
}
