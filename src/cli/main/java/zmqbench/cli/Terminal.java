package zmqbench.cli;

/** What we can tell about the terminal: colour and redrawn progress only on a real one. */
final class Terminal {

    /** Reports are laid out for a 100-column terminal. */
    static final int WIDTH = 100;

    private Terminal() {
    }

    /** A console exists only when stdin and stdout are both terminals. */
    static boolean isInteractive() {
        return System.console() != null;
    }

    static boolean colorAllowed() {
        return isInteractive() && System.getenv("NO_COLOR") == null && !"dumb".equals(System.getenv("TERM"));
    }
}
