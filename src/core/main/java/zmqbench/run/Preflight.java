package zmqbench.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import zmqbench.options.CompareOptions;
import zmqbench.options.LibraryRelease;
import zmqbench.options.TcpAddress;
import zmqbench.results.ResultStore;
import zmqbench.scenario.ScenarioKind;
import zmqbench.scenario.Transport;
import zmqbench.scenarios.ScenarioType;

/**
 * What is refused before anything runs, beyond what the options check themselves: what the
 * combination of options, the file system or the network can tell. Each refusal is one line
 * naming the option.
 */
public final class Preflight {

    private Preflight() {
    }

    /** @throws IllegalArgumentException with one line when {@code request} cannot be run */
    public static void check(RunRequest request) {
        CompareOptions options = request.options();
        for (ScenarioKind kind : options.matrix().scenarios()) {
            String refusal = ScenarioType.of(kind).refusal(options);
            if (refusal != null) {
                throw new IllegalArgumentException(refusal);
            }
        }
        if (Comparison.cells(options).isEmpty()) {
            throw new IllegalArgumentException("nothing to measure: "
                    + String.join("; ", Comparison.refusals(options)));
        }
        Baseline.requireAsked(request);
        requireJdks(options.launch().jvms());
        requireJars(options.matrix().releases());
        if (options.output().out() != null) {
            try {
                ResultStore.requireNew(options.output().out());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--out: " + e.getMessage());
            }
        }
        // With a far peer the tcp binder is on the far host (--far-bind), which its own check covers.
        if (options.matrix().transports().contains(Transport.TCP) && options.network().far() == null) {
            TcpAddress.requireBindable(options.network().tcpAddress());
        }
    }

    /** Each --jar a jar file: the worker would otherwise fail on a classpath without the library. */
    private static void requireJars(List<LibraryRelease> releases) {
        for (LibraryRelease release : releases) {
            if (release.jar() != null && !Files.isRegularFile(Path.of(release.jar()))) {
                throw new IllegalArgumentException(release.option() + ": no such jar");
            }
        }
    }

    /** Each --jvm a JDK or a java executable: a typo would otherwise skip every Java backend. */
    private static void requireJdks(List<String> jvms) {
        for (String jvm : jvms) {
            if (!Files.isExecutable(JvmProbe.executable(Path.of(jvm)))) {
                throw new IllegalArgumentException("--jvm: " + jvm + " is neither a JDK (it has no bin/java) nor a "
                        + "java executable");
            }
        }
    }
}
