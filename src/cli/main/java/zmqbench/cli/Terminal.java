package zmqbench.cli;

import java.util.Map;

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
        return colorAllowed(isInteractive(), System.getenv());
    }

    /**
     * Colour on a terminal unless NO_COLOR has a value (no-color.org: an empty NO_COLOR does not
     * turn it off) or TERM is dumb.
     */
    static boolean colorAllowed(boolean interactive, Map<String, String> environment) {
        String noColor = environment.get("NO_COLOR");
        return interactive && (noColor == null || noColor.isEmpty()) && !"dumb".equals(environment.get("TERM"));
    }
}
