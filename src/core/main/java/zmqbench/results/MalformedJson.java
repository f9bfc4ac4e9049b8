package zmqbench.results;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with a JSON file, for a person: Gson's reason without its exception class names,
 * reader tokens or troubleshooting link, e.g. {@code expected an object, found an array at line 1
 * column 2} rather than {@code java.lang.IllegalStateException: Expected BEGIN_OBJECT but was
 * BEGIN_ARRAY at line 1 column 2 path $}.
 */
final class MalformedJson {

    /** Gson's own wording: a reason, then where, then the JSON path ($ the root). */
    private static final Pattern WHERE =
            Pattern.compile("(.*?)[\\s;]*at line (\\d+) column (\\d+) path (\\S*).*");
    private static final String END_OF_INPUT = "End of input";
    private static final Pattern EXPECTED = Pattern.compile("Expected (.+?) but was (\\w+)");
    private static final Map<String, String> TOKENS = Map.of(
            "BEGIN_ARRAY", "an array", "END_ARRAY", "the end of an array",
            "BEGIN_OBJECT", "an object", "END_OBJECT", "the end of an object",
            "NAME", "a field name", "STRING", "a string", "NUMBER", "a number",
            "BOOLEAN", "true or false", "NULL", "null", "END_DOCUMENT", "the end of the file");

    private MalformedJson() {
    }

    /** One line: what Gson found wrong, where, and in which field. */
    static String describe(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? "" : cause.getMessage().lines().findFirst().orElse("");
        Matcher where = WHERE.matcher(message);
        if (!where.matches()) {
            return reason(message);
        }
        // At the end of the input Gson names the field it would have read next: no help.
        String gson = where.group(1);
        String field = gson.startsWith(END_OF_INPUT) ? "" : where.group(4).replaceFirst("^\\$\\.?", "");
        return reason(gson) + " at line " + where.group(2) + " column " + where.group(3)
                + (field.isEmpty() ? "" : " (in " + field + ")");
    }

    private static String reason(String gson) {
        if (gson.isEmpty() || gson.contains("malformed JSON")) {
            return "malformed JSON"; // Gson's advice to read it leniently is not the user's fix
        }
        if (gson.startsWith(END_OF_INPUT)) {
            return "the file ends too early";
        }
        Matcher expected = EXPECTED.matcher(gson);
        if (expected.matches()) {
            return "expected " + token(expected.group(1)) + ", found " + token(expected.group(2));
        }
        return gson.substring(0, 1).toLowerCase(Locale.ROOT) + gson.substring(1);
    }

    private static String token(String name) {
        return TOKENS.getOrDefault(name, name);
    }
}
