package zmqbench.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import zmqbench.report.ReportOptions;
import zmqbench.results.ResultSet;
import zmqbench.testing.SyntheticResults;

class DiffReportTest {

    private static String render(SetDiff diff, RegressionGate gate, boolean markdown, boolean all) {
        return render(diff, gate, markdown ? DiffFormat.MD : DiffFormat.TABLE, all);
    }

    static String render(SetDiff diff, RegressionGate gate, DiffFormat format, boolean all) {
        StringWriter text = new StringWriter();
        format.write(diff, gate, "before", "after", all, ReportOptions.plain(), new PrintWriter(text));
        return text.toString();
    }

    @Test
    void sameSetSaysNothingChanged() {
        ResultSet set = SyntheticResults.fullSet();
        String text = render(SetDiffer.diff(set, set, false, false), new RegressionGate(5), false, false);
        assertTrue(text.contains("No significant change"), text);
        assertTrue(text.contains("PASSED"), text);
        assertTrue(!text.contains("regressed  "), text);
    }

    @Test
    void regressionsAreListedWithinOneHundredColumns() {
        SetDiff diff = SetDiffer.diff(SyntheticResults.fullSet(), SyntheticResults.fullSet(1.2, "8"), false, true);
        for (boolean all : new boolean[] {false, true}) {
            String text = render(diff, new RegressionGate(5), false, all);
            for (String line : text.split("\n")) {
                assertTrue(line.codePointCount(0, line.length()) <= 100, () -> "too wide: " + line);
            }
            assertTrue(text.lines().anyMatch(l -> l.matches("jni +pair tcp 64 B +RTT p50, µs .*\\+20% .* regressed")),
                    text);
            assertTrue(text.contains("FAILED: "), text);
        }
        String md = render(diff, null, true, false);
        assertTrue(md.contains("| backend | cell | figure | A | B | change | 95% interval | verdict |"), md);
    }

    @Test
    void ratiosToTheBaselineAreShownAsRatiosAndTheBaselinesRowsAreSaidToBeLeftOut() {
        SetDiff diff = SetDiffer.diff(SyntheticResults.fullSet(), SyntheticResults.withSlower("jni", 1.2), false, false);
        String text = render(diff, new RegressionGate(5), false, false);
        assertTrue(text.contains("latency: significant changes of the ratios to c, A to B"), text);
        String row = "jni +pair tcp 64 B +RTT p50, µs +1\\.2\\dx +1\\.5\\dx +\\+20% .* regressed";
        assertTrue(text.lines().anyMatch(l -> l.matches(row)), text);
        assertTrue(text.contains("c's own rows are the baseline: they have no ratio and are not compared"), text);
        assertTrue(text.contains("FAILED: "), text);
        assertFalse(text.contains("No common baseline"), text);
    }

    @Test
    void aFallbackToAbsoluteFiguresIsOneLine() {
        ResultSet set = SyntheticResults.fullSet();
        ResultSet noBaseline = SyntheticResults.withBaseline(set, null);
        String text = render(SetDiffer.diff(set, noBaseline, false, false), null, false, false);
        assertEquals(1, text.lines().filter(l -> l.contains("No common baseline")).count(), text);
        assertTrue(text.contains("change = B/A - 1 of the medians across forks"), text);
        assertFalse(text.contains("own rows are the baseline"), text);
    }
}
