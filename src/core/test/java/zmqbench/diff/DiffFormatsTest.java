package zmqbench.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import zmqbench.testing.SyntheticResults;

/** {@code diff --format json|html|md}: the same diff, for scripts, a browser and a pull request. */
class DiffFormatsTest {

    private static final SetDiff JNI_SLOWER =
            SetDiffer.diff(SyntheticResults.fullSet(), SyntheticResults.withSlower("jni", 1.2), false, false);

    @Test
    void jsonListsEveryFigureComparedWithItsVerdictAndTheGate() {
        JsonObject root = json(JNI_SLOWER, new RegressionGate(5));
        assertEquals(1, root.get("format_version").getAsInt());
        assertEquals("c", root.get("baseline").getAsString());
        assertEquals("before", root.getAsJsonObject("before").get("path").getAsString());
        JsonArray changes = root.getAsJsonArray("changes");
        assertEquals(JNI_SLOWER.changes().size(), changes.size(), "every figure, not only the significant ones");
        JsonObject counts = root.getAsJsonObject("counts");
        assertEquals(JNI_SLOWER.count(Verdict.REGRESSED), counts.get("regressed").getAsLong());
        assertEquals(JNI_SLOWER.count(Verdict.NOT_SIGNIFICANT), counts.get("not_significant").getAsLong());
        JsonObject jniP50 = null;
        for (JsonElement element : changes) {
            JsonObject change = element.getAsJsonObject();
            assertTrue(change.get("verdict").getAsString().matches("improved|regressed|not_significant"));
            if (change.get("backend").getAsString().equals("jni") && change.get("figure").getAsString()
                    .equals("rtt_p50_ns") && change.get("transport").getAsString().equals("tcp")
                    && change.get("size").getAsInt() == 64) {
                jniP50 = change;
            }
        }
        assertTrue(jniP50 != null, "jni's tcp 64 B RTT p50 is listed");
        assertEquals("regressed", jniP50.get("verdict").getAsString());
        assertEquals("c", jniP50.get("against").getAsString());
        assertEquals(0.2, jniP50.getAsJsonObject("change").get("median").getAsDouble(), 0.01);
        assertTrue(jniP50.getAsJsonObject("before").get("median").getAsDouble() > 1.0, "a ratio to c");
        JsonObject gate = root.getAsJsonObject("gate");
        assertFalse(gate.get("passed").getAsBoolean());
        assertEquals(5.0, gate.get("fail_on_percent").getAsDouble());
        assertEquals(new RegressionGate(5).failures(JNI_SLOWER).size(), gate.getAsJsonArray("failures").size());
        assertTrue(json(JNI_SLOWER, null).get("gate").isJsonNull(), "no --fail-on, no gate");
    }

    @Test
    void htmlIsOneSelfContainedPageWithVerdictsMarked() {
        String html = DiffReportTest.render(JNI_SLOWER, new RegressionGate(5), DiffFormat.HTML, false);
        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        assertTrue(html.strip().endsWith("</html>"), html);
        assertEquals(1, html.split("<body>", -1).length - 1, "one body");
        assertTrue(html.contains("default-src 'none'"), "nothing is fetched");
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("src=\"http"), html);
        assertTrue(html.contains("<caption>latency: significant changes of the ratios to c, A to B</caption>"), html);
        assertTrue(html.contains("<td class=\"bad\">regressed</td>"), html);
        assertTrue(html.contains("<p>FAILED: "), html);
    }

    @Test
    void markdownIsAPullRequestCommentWithAShortTableOfChanges() {
        String md = DiffReportTest.render(JNI_SLOWER, null, DiffFormat.MD, false);
        assertTrue(md.startsWith("## zmqbench diff"), md);
        assertTrue(md.contains("| backend | cell | figure | A | B | change | 95% interval | verdict |"), md);
        assertTrue(md.lines().filter(l -> l.startsWith("| jni ")).allMatch(l -> l.endsWith("| regressed |")), md);
        assertTrue(md.lines().noneMatch(l -> l.startsWith("|") && l.endsWith("same |")),
                "only significant changes without --all");
    }

    @Test
    void formatsByNameAndAnUnknownOneListsTheChoices() {
        assertEquals(DiffFormat.MD, DiffFormat.parse("markdown"));
        assertEquals(DiffFormat.JSON, DiffFormat.parse(" JSON "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DiffFormat.parse("csv"));
        assertEquals("unknown diff format 'csv' (known: table, md, json, html)", e.getMessage());
    }

    private static JsonObject json(SetDiff diff, RegressionGate gate) {
        return JsonParser.parseString(DiffReportTest.render(diff, gate, DiffFormat.JSON, false)).getAsJsonObject();
    }
}
