package zmqbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import zmqbench.options.Defaults;
import zmqbench.report.ReportFormatType;
import zmqbench.scenario.Pattern;
import zmqbench.scenario.ScenarioKind;

/** The help lists what the parsers accept: picocli renders the values from the enums themselves. */
class HelpTest {

    @Test
    void compareHelpListsEveryAllowedValueAndOption() {
        Cli cli = Cli.run("compare", "--help");
        assertEquals(0, cli.status(), cli::toString);
        String help = cli.out().replaceAll("\\s+", " ");
        for (Pattern pattern : Pattern.values()) {
            assertTrue(help.contains(pattern.cliName()), () -> "no pattern " + pattern.cliName() + " in\n" + cli.out());
        }
        for (ScenarioKind scenario : ScenarioKind.values()) {
            assertTrue(help.contains(scenario.cliName()), () -> "no scenario " + scenario.cliName());
        }
        String formats = String.join(", ", Arrays.stream(ReportFormatType.values()).map(ReportFormatType::cliName)
                .toList());
        assertTrue(help.contains(formats), () -> "no formats '" + formats + "' in\n" + cli.out());
        assertTrue(help.contains("--interop"), cli::toString);
    }

    @Test
    void topLevelHelpNamesEveryKindOfBindingAndEveryCommand() {
        String help = Cli.run("--help").out();
        for (String binding : List.of("plain C", "JNI", "JZMQ", "FFM", "JNA", "JeroMQ")) {
            assertTrue(help.replaceAll("\\s+", " ").contains(binding), () -> "no " + binding + " in\n" + help);
        }
        for (String command : Main.commandLine().getSubcommands().keySet()) {
            assertTrue(help.contains("\n  " + command + " "), () -> "no command " + command + " in\n" + help);
        }
    }

    @Test
    void backendsSaysWhatTheDefaultRuns() {
        String backends = optionHelp("compare", "--backends");
        assertTrue(backends.contains("default: " + String.join(", ", Defaults.BACKENDS)), backends);
        assertFalse(Defaults.BACKENDS.contains("ffm-critical"));
        assertTrue(backends.contains("ffm-critical, a mode of ffm, runs only when named"), backends);
    }

    @Test
    void hwmStatesItsDefault() {
        assertTrue(optionHelp("compare", "--hwm").contains("'default' (the default"), optionHelp("compare", "--hwm"));
    }

    @Test
    void forksAndMaxForksSayWhatTheyCount() {
        String maxForks = optionHelp("compare", "--max-forks");
        assertTrue(maxForks.contains("the most worker pairs a backend may have") && maxForks.contains("the most rounds"),
                maxForks);
        String forks = optionHelp("compare", "--forks");
        assertTrue(forks.contains("worker pairs per backend") && forks.contains("rounds every cell runs"), forks);
    }

    @Test
    void noColorIsOnlyANonEmptyValue() {
        for (String command : List.of("compare", "report", "diff")) {
            assertTrue(optionHelp(command, "--no-color").contains("NO_COLOR is set to a non-empty value"), command);
        }
    }

    @Test
    void everyResultSetShownIsNamedAsCompareNamesIt() {
        int shown = 0;
        for (Map.Entry<String, String> help : everyHelp().entrySet()) {
            shown += ResultSetNames.all(help.getValue()).size();
            assertEquals(List.of(), ResultSetNames.misnamed(help.getValue()), help.getKey() + " --help");
        }
        assertTrue(shown >= 5, "only " + shown + " result sets shown");
    }

    @Test
    void everyExampleIsAcceptedAndNoneWraps() {
        int examples = 0;
        for (Map.Entry<String, String> help : everyHelp().entrySet()) {
            List<String> lines = examples(help.getValue());
            assertTrue(lines.stream().allMatch(line -> line.length() < CommandLine.Model.UsageMessageSpec
                    .DEFAULT_USAGE_WIDTH), () -> help.getKey() + " --help: an example wraps:\n" + lines);
            for (List<String> args : ShellExamples.invocations(lines, "zmqbench")) {
                examples++;
                assertEquals(null, DryRun.problem(args), help.getKey() + " --help: zmqbench " + String.join(" ", args));
            }
        }
        assertTrue(examples >= 20, "only " + examples + " examples");
    }

    @Test
    void examplesUseCommandsEveryLinuxHas() {
        assertFalse(Cli.run("report", "--help").out().contains("pbcopy"));
    }

    /**
     * picocli wraps text at spaces, but also inside a word after punctuation ("e.\ng.", "-XX:\n+Use"):
     * the words of every help but its synopsis are the same at 80 columns as on one long line.
     */
    @Test
    void noHelpBreaksAWordAcrossLines() {
        CommandLine wide = Main.commandLine();
        wide.setUsageHelpWidth(1000);
        Map<String, CommandLine> narrow = commands(Main.commandLine());
        for (Map.Entry<String, CommandLine> command : commands(wide).entrySet()) {
            List<String> expected = words(command.getValue());
            List<String> actual = words(narrow.get(command.getKey()));
            int first = 0;
            while (first < Math.min(expected.size(), actual.size()) && expected.get(first).equals(actual.get(first))) {
                first++;
            }
            int at = first;
            assertEquals(expected.size(), at, () -> command.getKey() + " --help breaks '" + expected.get(at)
                    + "' as '" + String.join(" ", actual.subList(at, Math.min(at + 2, actual.size()))) + "'");
            assertEquals(expected.size(), actual.size(), command.getKey() + " --help");
        }
    }

    /** The words of a command's help below its synopsis, which picocli lays out on its own. */
    private static List<String> words(CommandLine command) {
        CommandLine.Help help = command.getHelp();
        String text = String.join("\n", help.description(), help.parameterList(), help.optionList(),
                help.commandList(), help.footer());
        return List.of(text.strip().split("\\s+"));
    }

    /** The help of the root and of every command, by name. */
    private static Map<String, String> everyHelp() {
        Map<String, String> helps = new LinkedHashMap<>();
        commands(Main.commandLine()).forEach((name, command) -> helps.put(name, command.getUsageMessage()));
        return helps;
    }

    private static Map<String, CommandLine> commands(CommandLine root) {
        Map<String, CommandLine> commands = new LinkedHashMap<>();
        commands.put("zmqbench", root);
        commands.putAll(root.getSubcommands());
        commands.remove("help");
        return commands;
    }

    /** The lines of a help's Examples section. */
    private static List<String> examples(String help) {
        List<String> lines = new ArrayList<>();
        boolean inside = false;
        for (String line : help.split("\n")) {
            if (line.startsWith("Example")) {
                inside = true;
            } else if (inside && line.isBlank()) {
                break;
            } else if (inside) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** One option's description in a command's help, on one line. */
    private static String optionHelp(String command, String option) {
        CommandLine.Model.OptionSpec spec = Main.commandLine().getSubcommands().get(command).getCommandSpec()
                .findOption(option);
        return String.join(" ", spec.description()).replaceAll("\\s+", " ");
    }
}
