package zmqbench.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import zmqbench.diff.DiffFormat;
import zmqbench.options.Defaults;
import zmqbench.options.Placement;
import zmqbench.options.Preset;
import zmqbench.report.ReportFormatType;
import zmqbench.scenario.Pattern;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenario.Transport;

/**
 * The allowed values of the options, taken from the enums and lists that parse them: picocli
 * lists them in the help ({@code ${COMPLETION-CANDIDATES}}) and in the shell completion script, so
 * no help text repeats them by hand.
 */
final class Choices {

    private Choices() {
    }

    /** Values picocli iterates over, each time it renders help or completion. */
    private abstract static class Values implements Iterable<String> {
        private final List<String> values;

        Values(List<String> values) {
            this.values = values;
        }

        @Override
        public Iterator<String> iterator() {
            return values.iterator();
        }
    }

    private static <E extends Enum<E>> List<String> names(E[] constants, Function<E, String> name) {
        return Arrays.stream(constants).map(name).toList();
    }

    static final class Backends extends Values {
        Backends() {
            super(Defaults.KNOWN_BACKENDS);
        }
    }

    static final class Scenarios extends Values {
        Scenarios() {
            // rate-sweep: open-loop at rising rates, planned by the coordinator (RateSweepArguments)
            super(Stream.concat(names(ScenarioKind.values(), ScenarioKind::cliName).stream(),
                    Stream.of(RateSweepArguments.SCENARIO)).toList());
        }
    }

    static final class Patterns extends Values {
        Patterns() {
            super(names(Pattern.values(), Pattern::cliName));
        }
    }

    static final class Transports extends Values {
        Transports() {
            super(names(Transport.values(), Transport::cliName));
        }
    }

    static final class Placements extends Values {
        Placements() {
            super(names(Placement.values(), Placement::cliName));
        }
    }

    static final class Presets extends Values {
        Presets() {
            super(names(Preset.values(), Preset::cliName));
        }
    }

    static final class Formats extends Values {
        Formats() {
            super(names(ReportFormatType.values(), ReportFormatType::cliName));
        }
    }

    /** The formats of the commands that list what is here: backends, presets. */
    static final class ListFormats extends Values {
        static final List<String> NAMES = List.of("table", "json");

        ListFormats() {
            super(NAMES);
        }
    }

    static final class DiffFormats extends Values {
        DiffFormats() {
            super(names(DiffFormat.values(), DiffFormat::cliName));
        }
    }
}
