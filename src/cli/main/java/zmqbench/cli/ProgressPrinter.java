package zmqbench.cli;

import java.io.PrintWriter;
import java.time.Duration;
import zmqbench.results.CellKey;
import zmqbench.results.ForkResult;
import zmqbench.run.Comparison;

/**
 * Progress on stderr: a redrawn bar with forks done, ETA and the current cell on a terminal;
 * one plain line per finished cell otherwise (logs and CI).
 */
final class ProgressPrinter implements Comparison.Listener {

    static final Comparison.Listener SILENT = new Comparison.Listener() {
        @Override
        public void planned(int forks) {
        }

        @Override
        public void forkStarted(CellKey key, String backend, int fork) {
        }

        @Override
        public void forkFinished(CellKey key, String backend, ForkResult result) {
        }
    };

    private static final int BAR_WIDTH = 24;

    private final PrintWriter err;
    private final boolean interactive;
    private final long startNanos = System.nanoTime();
    private int planned;
    private int done;
    private CellKey currentCell;
    private int cellForks;
    private int cellFailures;

    ProgressPrinter(PrintWriter err, boolean interactive) {
        this.err = err;
        this.interactive = interactive;
    }

    @Override
    public void planned(int forks) {
        planned = forks;
        err.println("zmqbench: " + forks + " forks planned");
        err.flush();
    }

    @Override
    public void forkStarted(CellKey key, String backend, int fork) {
        if (!key.equals(currentCell)) {
            finishCell();
            currentCell = key;
        }
        if (interactive) {
            int filled = planned == 0 ? 0 : BAR_WIDTH * done / planned;
            err.print("\r[" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "] " + done + "/" + planned
                    + " ETA " + eta() + "  " + key.label() + ": " + backend + " fork " + fork + "\033[K");
            err.flush();
        }
    }

    @Override
    public void forkFinished(CellKey key, String backend, ForkResult result) {
        done++;
        cellForks++;
        if (!result.ok()) {
            cellFailures++;
            line(key.label() + ": " + backend + " fork " + result.fork() + " FAILED: " + result.status());
        }
        if (done == planned) {
            finishCell();
        }
    }

    private void finishCell() {
        if (currentCell != null && cellForks > 0) {
            if (!interactive) {
                line("[" + done + "/" + planned + "] " + currentCell.label() + ": " + cellForks + " forks, "
                        + (cellFailures == 0 ? "all ok" : cellFailures + " failed"));
            } else if (done == planned) {
                err.print("\r\033[K");
                err.flush();
            }
        }
        cellForks = 0;
        cellFailures = 0;
    }

    private void line(String text) {
        err.println((interactive ? "\r\033[K" : "") + "zmqbench: " + text);
        err.flush();
    }

    private String eta() {
        if (done == 0) {
            return "--:--";
        }
        long elapsed = System.nanoTime() - startNanos;
        Duration left = Duration.ofNanos(elapsed / done * (planned - done));
        return String.format("%d:%02d", left.toMinutes(), left.toSecondsPart());
    }
}
