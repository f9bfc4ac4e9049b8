package zmqbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import zmqbench.results.CellKey;
import zmqbench.results.CellMessages;
import zmqbench.results.CellResult;
import zmqbench.results.CellVersions;
import zmqbench.results.ForkResult;
import zmqbench.results.ResultSet;
import zmqbench.results.SliceResult;
import zmqbench.scenario.Pattern;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenario.Transport;
import zmqbench.testing.SyntheticResults;

class TableReportTest {

    private static final ResultSet SET = SyntheticResults.fullSet();

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void everyLineFitsOneHundredColumns(boolean color) {
        String text = Render.of(new TableReport(new ReportOptions(color, 100)), SET);
        for (String line : text.split("\n")) {
            assertTrue(Render.width(line) <= 100, () -> "too wide (" + Render.width(line) + "): " + line);
        }
        assertEquals(color, text.contains("\u001b["), "colour exactly when asked");
    }

    @Test
    void narrowTerminalsGetTablesInParts() {
        // 90: key columns, the baseline and one backend, each value with an asymmetric [low, high].
        String text = Render.of(new TableReport(new ReportOptions(false, 90)), SET);
        for (String line : text.split("\n")) {
            assertTrue(Render.width(line) <= 90, () -> "too wide: " + line);
        }
        assertTrue(text.contains("(part 2 of"), text);
    }

    @Test
    void showsEveryBackendFigureRatioAndTheHeader() {
        String text = Render.of(new TableReport(ReportOptions.plain()), SET);
        for (String backend : SyntheticResults.BACKENDS) {
            assertTrue(text.contains(backend), backend);
        }
        for (String title : List.of("latency: RTT p50, µs (one way = RTT/2)", "latency: RTT p99, µs",
                "throughput: delivered msg/s, at the receiver", "throughput: delivered MB/s", "sender enqueue rate",
                "CPU time, µs per round trip", "heap allocation, bytes per message")) {
            assertTrue(text.contains(title), title);
        }
        assertTrue(text.contains("placement: peers on cpus 2,3; forks: 5 per cell; baseline: c"), text);
        CellResult first = SET.cells().get(0);
        List<ForkResult> slicedForks = first.forks().stream()
                .map(fork -> fork.withSlices(List.of(new SliceResult(1, 500, 1_000_000, 0, 0, false, null)))).toList();
        ResultSet sliced = SyntheticResults.withOptions(
                SET.with(List.of(first.toBuilder().forks(slicedForks).build()), List.of(), true),
                SyntheticResults.options().forks(2).maxForks(6).build());
        String slicedText = Render.of(new TableReport(ReportOptions.plain()), sliced).replaceAll("\\s+", " ");
        assertTrue(slicedText.contains("forks: 2 per backend (c: 5), more where they differed (up to 6); baseline: c"),
                slicedText);
        ResultSet none = SyntheticResults.withOptions(sliced, SyntheticResults.options().forks(2).build());
        String noneText = Render.of(new TableReport(ReportOptions.plain()), none).replaceAll("\\s+", " ");
        assertTrue(noneText.contains("forks: 2 per backend (c: 5); baseline: c"), noneText);
        assertTrue(text.contains("environment: cpu_model=Synthetic CPU @ 3.0GHz, cpu_count=8"), text);
        assertTrue(text.contains("jni/c"), text);
        // c's median round trip is 25 µs at inproc 64 B, and jni's 1.25 times that; the synthetic
        // forks' t intervals are not symmetric about the median, so they print as [low, high].
        String row = "pair +inproc +64 B +25\\.0 \\[24\\.5, 25\\.5\\] +31\\.2 \\[30\\.7, 31\\.9\\] +1\\.25x .*";
        assertTrue(text.lines().anyMatch(l -> l.matches(row)), text);
    }

    @Test
    void failedCellsAndNotesBecomeFootnotes() {
        String text = Render.of(new TableReport(ReportOptions.plain()), SET);
        String unwrapped = text.replace("\n  ", " ");
        assertTrue(text.matches("(?s).*LOST 12 \\[\\d\\].*"), text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("[") && l.contains("jna, latency pair tcp 1 KiB: lost 12")),
                text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("[") && l.contains(SyntheticResults.JEROMQ_IPC_NOTE)), text);
        assertTrue(unwrapped.contains("~ = the interval includes 1: no significant difference"), text);
    }

    @Test
    void identicalBackendsAreMarkedNotSignificant() {
        ResultSet twins = twins();
        String text = Render.of(new TableReport(ReportOptions.plain()), twins);
        assertTrue(text.contains("1.00x~"), text);
        assertFalse(text.contains("INTERRUPTED"), text);
    }

    @Test
    void anInterruptedSetSaysSo() {
        ResultSet interrupted = SET.with(SET.cells().subList(0, 3), List.of(), false);
        String text = Render.of(new TableReport(ReportOptions.plain()), interrupted);
        assertTrue(text.contains("INTERRUPTED"), text);
    }

    @Test
    void hwmGetsAColumnAndAScenarioWhereEverythingFailedStillShowsWhy() {
        CellKey small = new CellKey(ScenarioKind.LATENCY, Pattern.PAIR, Transport.TCP, 64, 1000);
        CellKey throughput = new CellKey(ScenarioKind.THROUGHPUT, Pattern.PAIR, Transport.TCP, 64, -1);
        List<CellResult> cells = List.of(
                SyntheticResults.latencyCell("c", small, 20_000),
                SyntheticResults.latencyCell("jeromq", small, 30_000),
                SyntheticResults.failedCell("c", throughput, "worker crashed: exit 134"),
                SyntheticResults.failedCell("jeromq", throughput, "timed out after 5000 ms"));
        String text = Render.of(new TableReport(ReportOptions.plain()), SET.with(cells, List.of("jni x"), true));
        // One cell a scenario: backends as rows, the HWM in the title.
        assertTrue(text.lines().anyMatch(l -> l.equals("latency, pair tcp 64 B hwm 1000")), text);
        assertTrue(text.lines().anyMatch(l -> l.matches("figure +backend +median \\[95% CI\\] +vs c \\[95% CI\\]")),
                text);
        assertTrue(text.lines().anyMatch(l -> l.matches("RTT p50, µs +c +25\\.0 \\[.*")), text);
        assertTrue(text.lines().anyMatch(l -> l.matches(" +jeromq +37\\.5 \\[.*\\] +1\\.50x \\[.*\\]")), text);
        assertTrue(text.lines().anyMatch(l -> l.matches("delivered msg/s +c +FAILED \\[\\d\\]")), text);
        assertTrue(text.lines().anyMatch(l -> l.matches(" +jeromq +TIMEOUT \\[\\d\\]")), text);
        assertTrue(text.contains("UNFINISHED: 1 planned cells"), text);
        assertTrue(text.contains("  jni x"), text);
    }

    @Test
    void manyCellsGetATablePerFigureWithTheHwmColumn() {
        List<CellResult> cells = new java.util.ArrayList<>();
        for (int hwm : new int[] {10, 100, 1000, 10_000}) {
            CellKey key = new CellKey(ScenarioKind.LATENCY, Pattern.PAIR, Transport.TCP, 64, hwm);
            cells.add(SyntheticResults.latencyCell("c", key, 20_000));
            cells.add(SyntheticResults.latencyCell("jeromq", key, 30_000));
        }
        String text = Render.of(new TableReport(ReportOptions.plain()), SET.with(cells, List.of(), true));
        assertTrue(text.lines().anyMatch(l -> l.matches("pattern +transport +size +hwm +c +jeromq +jeromq/c")), text);
        assertTrue(text.lines().anyMatch(l -> l.matches("pair +tcp +64 B +1000 .*")), text);
        assertFalse(text.contains("(part "), text);
    }

    @Test
    void theTailGoesToTheMaximumAndNamesEachHistogram() {
        String text = Render.of(new TableReport(ReportOptions.plain()), SET);
        assertTrue(text.contains("latency: tail of all forks' round trips together, µs, with the histogram the set keeps"),
                text);
        assertTrue(text.lines().anyMatch(l -> l.matches(
                "histograms/NAME\\.hgrm +round trips +p50 +p99 +p99\\.9 +p99\\.99 +max")), text);
        assertTrue(text.lines().anyMatch(l -> l.matches("c-latency-pair-inproc-64 +\\d+ .*")), text);
    }

    /** c and a "twin" backend with exactly c's measurements. */
    static ResultSet twins() {
        List<CellResult> cells = new java.util.ArrayList<>();
        for (CellResult cell : SET.cells()) {
            if (cell.backend().equals("c")) {
                cells.add(cell);
                CellVersions versions = cell.versions();
                CellMessages messages = cell.messages();
                cells.add(CellResult.builder("twin", cell.key(), cell.status())
                        .versions(versions.backendVersion(), versions.libzmqVersion()).placement(cell.placement())
                        .messages(messages.messagesSent(), messages.messagesReceived())
                        .rtt(cell.latency().rttNs(), cell.latency().rttCurve())
                        .figures(cell.figures()).forks(cell.forks()).notes(cell.notes()).build());
            }
        }
        return SET.with(cells, List.of(), true);
    }
}
