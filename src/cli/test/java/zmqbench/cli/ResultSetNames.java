package zmqbench.cli;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/** Result set directories named in a text, and those not named as compare names them. */
final class ResultSetNames {

    /** compare's name for a result set: results/ then date, time and the configuration's hash. */
    private static final Pattern AS_COMPARE_NAMES_IT =
            Pattern.compile("results/\\d{4}-\\d{2}-\\d{2}-\\d{6}-[0-9a-f]{8}");
    private static final Pattern ANY = Pattern.compile("results/[\\w.-]+");

    private ResultSetNames() {
    }

    static List<String> all(String text) {
        return ANY.matcher(text).results().map(MatchResult::group).toList();
    }

    static List<String> misnamed(String text) {
        return all(text).stream().filter(name -> !AS_COMPARE_NAMES_IT.matcher(name).matches()).toList();
    }
}
