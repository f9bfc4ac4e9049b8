package zmqbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zmqbench.scenario.Transport;
import zmqbench.options.CompareOptions;
import zmqbench.scenario.Pattern;
import zmqbench.scenario.ScenarioKind;

/** What is refused before anything runs: one line each, and what is not refused. */
class PreflightTest {

    private static final Path THIS_JDK = Path.of(System.getProperty("java.home"));

    @TempDir
    Path temp;

    private static CompareOptions.Builder inproc() {
        return new CompareOptions.Builder().transports(List.of(Transport.INPROC));
    }

    private static String refusal(RunRequest request) {
        return assertThrows(IllegalArgumentException.class, () -> Preflight.check(request)).getMessage();
    }

    @Test
    void nothingToMeasureIsRefusedWithTheReasons() {
        CompareOptions options = inproc().patterns(List.of(Pattern.PUB_SUB, Pattern.PUSH_PULL))
                .scenarios(List.of(ScenarioKind.LATENCY)).build();
        assertEquals("nothing to measure: latency pub-sub: pub-sub is one way: it cannot echo, so it has no "
                + "round-trip latency; latency push-pull: push-pull is one way: it cannot echo, so it has no "
                + "round-trip latency", refusal(new RunRequest(options, false, false)));
    }

    @Test
    void someCellsToMeasureAreEnough() {
        Preflight.check(new RunRequest(inproc().patterns(List.of(Pattern.PAIR, Pattern.PUB_SUB))
                .scenarios(List.of(ScenarioKind.LATENCY)).build(), false, false));
    }

    @Test
    void aNamedBaselineMustBeAmongTheBackends() {
        CompareOptions options = inproc().backends(List.of("jni", "jeromq")).baseline("c").build();
        assertEquals("--baseline c: not among --backends (jni, jeromq): add it there, or choose another baseline "
                + "or none", refusal(new RunRequest(options, true, true)));
    }

    @Test
    void theDefaultBaselineNeedNotBe() {
        Preflight.check(new RunRequest(inproc().backends(List.of("jni", "jeromq")).build(), true, false));
        Preflight.check(new RunRequest(inproc().backends(List.of("jni", "jeromq")).baseline(null).build(), true, true));
    }

    @Test
    void aJvmThatIsNoJdkIsRefused() {
        assertEquals("--jvm: /nonexistent/jdk is neither a JDK (it has no bin/java) nor a java executable",
                refusal(new RunRequest(inproc().jvms(List.of("/nonexistent/jdk")).build(), false, false)));
        String notAJdk = temp.toString();
        assertEquals("--jvm: " + notAJdk + " is neither a JDK (it has no bin/java) nor a java executable",
                refusal(new RunRequest(inproc().jvms(List.of(THIS_JDK.toString(), notAJdk)).build(), false, false)));
    }

    @Test
    void aJdkOrItsJavaIsAccepted() {
        Preflight.check(new RunRequest(inproc().jvms(List.of(THIS_JDK.toString(),
                THIS_JDK.resolve("bin/java").toString())).build(), false, false));
    }
}
