package zmqbench.crossings;

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
import zmqbench.protocol.CrossingRecord;
import zmqbench.protocol.CrossingSpec;

/** The crossings report from made-up forks: rows, the subtraction of c's floor, notes, both formats. */
class CrossingsReportTest {

    private static final List<CrossingForks> FORKS = List.of(
            forks("c", "zmq_errno", List.of(2.0, 2.0, 2.0), 0),
            forks("c", "zmq_ctx_get", List.of(5.0, 5.0, 5.0), 0),
            forks("jni", null, List.of(10.0, 10.0, 10.0), 0),
            forks("jzmq", null, List.of(30.0, 31.0, 29.0), 0),
            forks("jna", null, List.of(100.0, 100.0), 1),
            new CrossingForks(spec("jeromq", null), List.of(record("jeromq", null, Double.NaN, null)), List.of()));

    @Test
    void eachBackendIsHeldAgainstCsCallOfTheSameFunction() {
        List<CrossingRow> rows = new CrossingsReport(FORKS).rows();

        assertEquals(List.of("c", "c", "jni", "jzmq", "jna", "jeromq"), rows.stream().map(CrossingRow::backend).toList());
        assertNull(rows.get(0).overCNs(), "c is the floor");
        assertEquals(8.0, rows.get(2).overCNs(), 1e-9, "jni's zmq_errno over c's");
        assertEquals(25.0, rows.get(3).overCNs(), 1e-9, "jzmq's zmq_ctx_get over c's, not over zmq_errno");
        assertEquals("zmq_ctx_get", rows.get(3).call());
        assertEquals(3, rows.get(3).nsPerCall().forks());
        assertEquals(List.of(30.0, 31.0, 29.0), rows.get(3).forkNsPerCall());
        assertEquals(300, rows.get(3).callsPerFork(), "100 calls x 3 batches");
        assertEquals(1, rows.get(3).notSteady());
        assertTrue(rows.get(5).pureJava());
        assertNull(rows.get(5).nsPerCall());
        assertNull(rows.get(5).overCNs());
    }

    @Test
    void theTableHasARowPerBenchmarkAndNotesForPureJavaUnsteadyAndFailedForks() {
        List<String> lines = write(CrossingsReport.Format.TABLE).lines().toList();

        assertTrue(lines.get(0).startsWith("Native crossings"), lines::toString);
        assertEquals(List.of("backend", "call", "ns", "per", "call", "over", "c", "published", "forks", "calls", "per",
                "fork"), List.of(lines.get(1).trim().split(" +")));
        for (String row : List.of("c +zmq_errno +2\\.00 \\[2\\.00, 2\\.00\\] +- +- +3 +300",
                "c +zmq_ctx_get +5\\.00 \\[5\\.00, 5\\.00\\] +- +- +3 +300",
                "jni +zmq_errno +10\\.0 \\[10\\.0, 10\\.0\\] +\\+8\\.00 +3\\.50 +3 +300",
                "jzmq +zmq_ctx_get +30\\.0 \\[\\S+, \\S+\\] +\\+25\\.0 +3\\.50 +3 +300",
                "jna +zmq_errno +100 \\[100, 100\\] +\\+98\\.0 +50\\.0 +2 of 3 +300")) {
            assertTrue(lines.stream().anyMatch(line -> line.matches(row)), () -> row + " in " + lines);
        }
        assertTrue(lines.stream().anyMatch(line -> line.matches("jeromq +none +- +- +- +1 +-")), lines::toString);
        String text = String.join("\n", lines);
        assertTrue(text.contains("jeromq: no native calls of its own (pure Java)"), text);
        assertTrue(text.contains("forks: jzmq 1."), text);
        assertTrue(text.contains("Failed: jna fork 3: worker crashed"), text);
    }

    @Test
    void theJsonHasEveryRowWithItsEstimateAndNullsWhereNothingWasTimed() {
        JsonArray rows = JsonParser.parseString(write(CrossingsReport.Format.JSON)).getAsJsonObject()
                .getAsJsonArray("rows");

        assertEquals(6, rows.size());
        JsonObject jni = rows.get(2).getAsJsonObject();
        assertEquals("zmq_errno", jni.get("call").getAsString());
        assertEquals(10.0, jni.getAsJsonObject("ns_per_call").get("median").getAsDouble());
        assertEquals(8.0, jni.get("over_c_ns").getAsDouble(), 1e-9);
        assertEquals(3, jni.get("forks").getAsInt());
        JsonObject jeromq = rows.get(5).getAsJsonObject();
        assertTrue(jeromq.get("call").isJsonNull());
        assertTrue(jeromq.get("ns_per_call").isJsonNull());
        assertEquals(1, rows.get(4).getAsJsonObject().getAsJsonArray("failures").size());
    }

    @Test
    void aFailedForkFailsTheReport() {
        assertTrue(new CrossingsReport(FORKS).failed());
        assertFalse(new CrossingsReport(FORKS.subList(0, 4)).failed());
    }

    private static String write(CrossingsReport.Format format) {
        StringWriter text = new StringWriter();
        new CrossingsReport(FORKS).write(format, new PrintWriter(text));
        return text.toString();
    }

    /** Forks of a benchmark: c's name their call, a Java backend's only its records do (jzmq: zmq_ctx_get). */
    private static CrossingForks forks(String backend, String call, List<Double> nsPerCall, int failed) {
        String reached = call != null ? call : backend.equals("jzmq") ? "zmq_ctx_get" : "zmq_errno";
        List<CrossingRecord> records = new ArrayList<>();
        for (int i = 0; i < nsPerCall.size(); i++) {
            records.add(record(backend, reached, nsPerCall.get(i),
                    backend.equals("jzmq") && i == 0 ? "not steady" : "steady"));
        }
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < failed; i++) {
            failures.add(backend + " fork " + (nsPerCall.size() + i + 1) + ": worker crashed");
        }
        return new CrossingForks(spec(backend, call), records, failures);
    }

    private static CrossingSpec spec(String backend, String call) {
        return new CrossingSpec(backend, call, 100, 3, 1000);
    }

    private static CrossingRecord record(String backend, String call, double nsPerCall, String steadyState) {
        List<Double> batches = call == null ? List.of() : List.of(nsPerCall, nsPerCall, nsPerCall);
        return new CrossingRecord(CrossingRecord.EVENT, backend, "1", "4.3.4", call, call == null ? 0 : 100,
                call == null ? 0 : 5, 0, steadyState, batches, nsPerCall, 0);
    }
}
