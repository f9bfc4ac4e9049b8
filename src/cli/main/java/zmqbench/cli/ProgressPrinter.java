package zmqbench.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import zmqbench.results.CellKey;
import zmqbench.results.ForkResult;
import zmqbench.run.Comparison;
import zmqbench.stats.Headline;

/**
 * Progress on stderr: a redrawn bar with forks done, ETA and the current cell on a terminal;
 * one plain line per finished cell otherwise (logs and CI). Either way a cell that stops before
 * its headline figures converged says so, and why.
 */
final class ProgressPrinter implements Comparison.Listener {

    private static final int BAR_WIDTH = 24;
    private static final int SLICE_ROUND_EVERY = 5;

    private final PrintWriter err;
    private final boolean interactive;
    private final double precision;
    private final long startNanos = System.nanoTime();
    private int planned;
    private int started;
    private int done;
    private int cellFailures;

    /** {@code precision}: the run's --precision (0.05 = ±5%), to say how many rounds a wide figure needs. */
    ProgressPrinter(PrintWriter err, boolean interactive, double precision) {
        this.err = err;
        this.interactive = interactive;
        this.precision = precision;
    }

    @Override
    public void planned(int forks) {
        if (planned == 0) {
            err.println("zmqbench: " + forks + " forks planned, more while a cell's figures have not converged");
            err.flush();
        }
        planned = forks;
    }

    @Override
    public void forkStarted(CellKey key, String backend, int fork) {
        // a sliced cell may add forks to a row whose forks differ: the plan grows with them
        started++;
        planned = Math.max(planned, started);
        if (interactive) {
            int filled = planned == 0 ? 0 : BAR_WIDTH * done / planned;
            err.print("\r[" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "] " + done + "/" + planned
                    + " ETA " + eta() + "  " + key.label() + ": " + backend + " round " + fork + "\033[K");
            err.flush();
        }
    }

    @Override
    public void forkFinished(CellKey key, String backend, ForkResult result) {
        done++;
        if (!result.ok()) {
            cellFailures++;
            line(key.label() + ": " + backend + " round " + result.round() + " FAILED: " + result.status());
        }
    }

    @Override
    public void cellFinished(CellKey key, int rounds, String stop, Map<String, Double> unconverged) {
        List<String> widths = new ArrayList<>();
        // One round gives no interval at all: say so rather than print an infinite width.
        unconverged.forEach((row, width) -> widths.add(Double.isFinite(width)
                ? String.format(Locale.ROOT, "%s ±%.0f%%%s", row, width * 100, needs(width, rounds))
                : row + " no interval"));
        String converged = widths.isEmpty() ? "" : "; not converged (" + stop + "): " + String.join(", ", widths);
        if (!interactive) {
            line("[" + done + "/" + planned + "] " + key.label() + ": " + rounds + " rounds, "
                    + (cellFailures == 0 ? "all ok" : cellFailures + " forks failed") + converged);
        } else if (!converged.isEmpty()) {
            line(key.label() + ": " + rounds + " rounds" + converged);
        } else {
            err.print("\r\033[K");
            err.flush();
        }
        cellFailures = 0;
    }

    /**
     * A sliced cell's round: on a terminal, the line in place; otherwise a line every
     * {@link #SLICE_ROUND_EVERY}th round (the first interval needs a few), so that a log shows the
     * answer settling without a line per round.
     */
    @Override
    public void sliceRound(CellKey key, int round, Map<String, String> open) {
        List<String> undecided = new ArrayList<>();
        open.forEach((row, verdict) -> undecided.add(row + " " + verdict));
        String text = key.label() + ": slice round " + round + ", " + (open.isEmpty() ? "every ratio decided"
                : open.size() + " open: " + String.join(", ", undecided));
        if (interactive) {
            err.print("\r" + text + " ETA " + eta() + "\033[K");
            err.flush();
        } else if (round % SLICE_ROUND_EVERY == 0) {
            line(text);
        }
    }

    /** " (about N rounds at this spread)", or "" when there is nothing to estimate from. */
    private String needs(double width, int rounds) {
        int needed = Headline.roundsNeeded(width, rounds, precision);
        return needed == 0 ? "" : " (about " + (needed == Headline.MOST_ROUNDS_NEEDED ? "> " : "") + needed
                + " rounds at this spread)";
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
