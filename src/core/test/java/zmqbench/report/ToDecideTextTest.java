package zmqbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import zmqbench.results.CellKey;
import zmqbench.results.CellResult;
import zmqbench.results.ForkResult;
import zmqbench.results.ResultSet;
import zmqbench.results.SliceResult;
import zmqbench.scenario.Pattern;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenario.Transport;
import zmqbench.testing.SyntheticResults;

/** An undecided ratio's row says what would decide it; a decided one says nothing. */
class ToDecideTextTest {

    private static final CellKey KEY = new CellKey(ScenarioKind.THROUGHPUT, Pattern.PAIR, Transport.TCP, 64, -1);

    /** A sliced throughput cell: each fork's slices of 1 ms, one per round, at rates scaled by {@code wobble}. */
    private static CellResult sliced(String backend, double rate, double... wobble) {
        CellResult plain = SyntheticResults.throughputCell(backend, KEY, rate);
        List<ForkResult> forks = new ArrayList<>();
        int f = 0;
        for (ForkResult fork : plain.forks()) {
            List<SliceResult> slices = new ArrayList<>();
            for (int round = 1; round <= wobble.length; round++) {
                double scaled = rate * wobble[(round + f) % wobble.length];
                slices.add(new SliceResult(round, Math.round(scaled / 1000), 1_000_000, 0, 0, false, null));
            }
            forks.add(fork.withSlices(slices));
            f++;
        }
        return CellResult.builder(backend, KEY, "ok").versions("4.3.4", "4.3.4").placement("separate")
                .messages(plain.messages().messagesSent(), plain.messages().messagesReceived())
                .figures(plain.figures()).forks(forks).build();
    }

    private static ResultSet set(CellResult... cells) {
        return SyntheticResults.withOptions(new ResultSet("0.1.0", "2026-12-02T10:00:00Z",
                SyntheticResults.environment("2"), null, "h", "separate", "c", List.of(cells), List.of()),
                SyntheticResults.options().sliceMs(50).build());
    }

    @Test
    void anUndecidedRatioSaysHowManyTimesTheDataWouldDecideIt() {
        ResultSet set = set(sliced("c", 4e6, 1.0, 1.08, 0.93, 1.02, 0.97, 1.05),
                sliced("jni", 3.84e6, 1.06, 0.95, 1.01, 0.92, 1.07, 0.99));
        String text = Render.of(new TableReport(ReportOptions.plain()), set).replaceAll("\\s+", " ");
        assertTrue(text.contains("To decide at ±5.0%"), text);
        assertTrue(text.matches(".*- jni msg/s, throughput tcp 64 B: 0\\.9\\dx lies \\d\\.\\d% from 0\\.95: about "
                + "[\\d.]+x this run's (rounds|pairs and rounds).*"), text);
        JsonArray summary = JsonParser.parseString(Render.of(new JsonReport(), set)).getAsJsonObject()
                .getAsJsonArray("summary");
        JsonObject jni = null;
        for (JsonElement entry : summary) {
            if (entry.getAsJsonObject().get("backend").getAsString().equals("jni")) {
                jni = entry.getAsJsonObject();
            }
        }
        assertEquals("undecided", jni.get("verdict").getAsString());
        JsonObject toDecide = jni.getAsJsonObject("to_decide");
        assertEquals(0.95, toDecide.get("bound").getAsDouble(), 1e-9);
        assertTrue(toDecide.get("data_factor").getAsDouble() >= 1.0, toDecide.toString());
        assertTrue(toDecide.has("rounds_factor"), "a sliced cell knows its rounds' part");
        assertTrue(Render.of(new MarkdownReport(), set).contains("To decide at ±5.0%"));
    }

    @Test
    void aDecidedRunHasNothingToDecide() {
        ResultSet set = set(sliced("c", 4e6, 1.0, 1.01, 0.99, 1.0, 1.01, 0.99),
                sliced("jni", 2e6, 1.0, 1.01, 0.99, 1.0, 1.01, 0.99));
        String text = Render.of(new TableReport(ReportOptions.plain()), set);
        assertTrue(text.contains("msg/s 50% lower"), text);
        assertFalse(text.contains("To decide"), text);
    }
}
