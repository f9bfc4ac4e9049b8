package zmqbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import zmqbench.testing.SyntheticResults;

class MarkdownReportTest {

    /** Cell separators in a table line: its pipes, less escaped ones. */
    private static long pipes(String line) {
        return line.replace("\\|", "").chars().filter(c -> c == '|').count();
    }

    @Test
    void rendersGithubTablesWithTheSameContent() {
        String md = Render.of(new MarkdownReport(), SyntheticResults.fullSet());
        assertTrue(md.startsWith("## zmqbench results"), md);
        assertTrue(md.contains("### latency") && md.contains("### throughput"), md);
        assertTrue(md.contains("| pattern | transport | size | c | jni | jni/c |"), md);
        assertTrue(md.contains("| :--- | :--- | ---: | ---: |"), md);
        long pipes = -1;
        int rows = 0;
        for (String line : md.lines().collect(Collectors.toList())) {
            if (line.startsWith("| pattern") || line.startsWith("| cell")) {
                pipes = pipes(line);
            } else if (line.startsWith("| pair")) {
                rows++;
                assertEquals(pipes, pipes(line), line);
            }
        }
        assertTrue(rows > 10, md);
        assertTrue(md.contains("LOST 12"), md);
        assertTrue(md.contains("- [1]") || md.contains("- [2]"), md);
    }
}
