package zmqbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zmqbench.run.Home;

/**
 * Every zmqbench command line and make target that the README and docs/ show in their code blocks
 * is accepted by today's command line (parsed and resolved, nothing measured): a renamed option or
 * value breaks this test rather than a reader's copy and paste.
 */
class DocumentedExamplesTest {

    private static final Path ROOT = Home.fromSystemProperty().root();
    /** A block that opens with "# NAME.properties" is that preset file, which the examples name. */
    private static final Pattern PRESET_FILE = Pattern.compile("#\\s*(\\S+\\.properties)");

    @TempDir
    Path presetFiles;

    @Test
    void theReadmeShowsEveryCommand() throws IOException {
        Set<String> shown = new TreeSet<>();
        for (List<String> args : invocations(List.of(ROOT.resolve("README.md")))) {
            shown.add(args.isEmpty() ? "" : args.get(0));
        }
        Set<String> commands = new TreeSet<>(Main.commandLine().getSubcommands().keySet());
        commands.remove("help");
        assertTrue(shown.containsAll(commands), () -> "README shows " + shown + ", not every one of " + commands);
    }

    @Test
    void theReadmeIsAtMost300Lines() throws IOException {
        long lines = Files.readAllLines(ROOT.resolve("README.md")).size();
        assertTrue(lines <= 300, "README.md has " + lines + " lines; move detail to docs/");
    }

    @Test
    void everyZmqbenchCommandShownIsAccepted() throws IOException {
        List<List<String>> invocations = invocations(markdownFiles());
        List<String> refused = new ArrayList<>();
        for (List<String> args : invocations) {
            String problem = DryRun.problem(args);
            if (problem != null) {
                refused.add(String.join(" ", args) + "\n    -> " + problem);
            }
        }
        assertTrue(invocations.size() >= 20, "only " + invocations.size() + " command lines found");
        assertEquals(List.of(), refused);
    }

    @Test
    void everyResultSetShownIsNamedAsCompareNamesIt() throws IOException {
        for (Path file : markdownFiles()) {
            assertEquals(List.of(), ResultSetNames.misnamed(Files.readString(file)), file.toString());
        }
    }

    @Test
    void everyMakeTargetShownExists() throws IOException {
        String makefile = Files.readString(ROOT.resolve("Makefile"));
        List<String> missing = new ArrayList<>();
        int shown = 0;
        for (Path file : markdownFiles()) {
            for (List<String> args : ShellExamples.invocations(fencedLines(file), "make")) {
                String target = args.stream().filter(arg -> !arg.contains("=")).findFirst().orElse("all");
                shown++;
                if (!Pattern.compile("(?m)^" + Pattern.quote(target) + ":").matcher(makefile).find()) {
                    missing.add(file.getFileName() + ": make " + String.join(" ", args));
                }
            }
        }
        assertTrue(shown >= 3, "only " + shown + " make lines found");
        assertEquals(List.of(), missing);
    }

    private List<Path> markdownFiles() throws IOException {
        List<Path> files = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(path -> path.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        return files;
    }

    /** The arguments of every zmqbench command line shown, with preset files given as written. */
    private List<List<String>> invocations(List<Path> files) throws IOException {
        List<List<String>> invocations = new ArrayList<>();
        for (Path file : files) {
            writePresetFiles(Files.readString(file));
            List<String> lines = fencedLines(file);
            invocations.addAll(ShellExamples.invocations(lines, "./zmqbench"));
            invocations.addAll(ShellExamples.invocations(lines, "zmqbench"));
        }
        return invocations.stream().map(this::withPresetFiles).toList();
    }

    private static List<String> fencedLines(Path file) throws IOException {
        return ShellExamples.fencedLines(Files.readString(file));
    }

    private void writePresetFiles(String markdown) throws IOException {
        List<String> lines = ShellExamples.fencedLines(markdown);
        for (int i = 0; i < lines.size(); i++) {
            Matcher name = PRESET_FILE.matcher(lines.get(i).strip());
            if (name.matches()) {
                List<String> body = new ArrayList<>();
                for (int j = i + 1; j < lines.size() && lines.get(j).contains("="); j++) {
                    body.add(lines.get(j));
                }
                Files.write(presetFiles.resolve(name.group(1)), body);
            }
        }
    }

    private List<String> withPresetFiles(List<String> args) {
        return args.stream().map(arg -> arg.endsWith(".properties") && Files.isRegularFile(presetFiles.resolve(arg))
                ? presetFiles.resolve(arg).toString() : arg).toList();
    }
}
