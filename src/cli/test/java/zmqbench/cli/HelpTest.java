package zmqbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
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
}
