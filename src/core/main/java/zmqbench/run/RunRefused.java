package zmqbench.run;

/**
 * A comparison that cannot start, found once the far host or the backends were asked: one line
 * for the user. Bad usage (a far host that cannot be used, a baseline that will not run) unless
 * no backend can run at all.
 */
public final class RunRefused extends Exception {

    private final boolean badUsage;

    private RunRefused(String message, boolean badUsage) {
        super(message);
        this.badUsage = badUsage;
    }

    static RunRefused badUsage(String message) {
        return new RunRefused(message, true);
    }

    static RunRefused nothingAvailable() {
        return new RunRefused(AvailableBackends.NONE, false);
    }

    /** True for what the user can fix on the command line; false when this machine cannot run any backend. */
    public boolean badUsage() {
        return badUsage;
    }
}
