package zmqbench.scenario;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Command-line names of enum constants: lower case, '-' for '_' (REQ_REP is req-rep). */
public final class Names {

    private Names() {
    }

    public static String cliName(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant named {@code text}, or an error that names {@code what} and lists the choices. */
    public static <E extends Enum<E>> E parse(Class<E> type, String what, String text) {
        for (E value : type.getEnumConstants()) {
            if (cliName(value).equals(text)) {
                return value;
            }
        }
        String known = Arrays.stream(type.getEnumConstants()).map(Names::cliName).collect(Collectors.joining(", "));
        throw new IllegalArgumentException("unknown " + what + " '" + text + "' (known: " + known + ")");
    }
}
