package zmqbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import zmqbench.results.CellKey;
import zmqbench.results.ForkResult;
import zmqbench.scenario.Pattern;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenario.Transport;

class ProgressPrinterTest {

    private static final CellKey KEY = new CellKey(ScenarioKind.LATENCY, Pattern.PAIR, Transport.TCP, 64, -1);

    @Test
    void aCellThatStoppedBeforeConvergingNamesTheRowsTheirWidthsAndWhy() {
        StringWriter text = new StringWriter();
        ProgressPrinter printer = new ProgressPrinter(new PrintWriter(text), false, 0.05);
        printer.planned(4);
        printer.planned(6); // a third round: the plan grows silently
        ForkResult ok = ForkResult.builder(1, "ok").sent(1).received(1).measured(1).elapsedNs(1).build();
        for (int i = 0; i < 6; i++) {
            printer.forkStarted(KEY, i % 2 == 0 ? "c" : "jni", i / 2 + 1);
            printer.forkFinished(KEY, i % 2 == 0 ? "c" : "jni", ok);
        }
        Map<String, Double> open = new LinkedHashMap<>();
        open.put("jni", 0.123);
        printer.cellFinished(KEY, 3, "time budget", open);
        assertEquals("zmqbench: 4 forks planned, more while a cell's figures have not converged\n"
                + "zmqbench: [6/6] latency pair tcp 64 B: 3 rounds, all ok; not converged (time budget): jni ±12%"
                + " (about 7 rounds at this spread)\n",
                text.toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void forksASlicedCellAddsRaiseThePlanSoDoneNeverExceedsIt() {
        StringWriter text = new StringWriter();
        ProgressPrinter printer = new ProgressPrinter(new PrintWriter(text), false, 0.05);
        printer.planned(2);
        ForkResult ok = ForkResult.builder(1, "ok").sent(1).received(1).measured(1).elapsedNs(1).build();
        for (int fork = 1; fork <= 3; fork++) {
            printer.forkStarted(KEY, "c", fork);
        }
        for (int fork = 1; fork <= 3; fork++) {
            printer.forkFinished(KEY, "c", ok);
        }
        printer.cellFinished(KEY, 9, "decided", Map.of());
        assertTrue(text.toString().contains("[3/3] latency pair tcp 64 B: 9 rounds"), text.toString());
    }
}
