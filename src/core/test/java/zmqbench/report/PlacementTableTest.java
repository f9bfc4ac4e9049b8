package zmqbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import zmqbench.report.text.TextTable;
import zmqbench.results.ResultSet;
import zmqbench.testing.SyntheticResults;

class PlacementTableTest {

    @Test
    void aRankingThatDiffersBetweenPlacementsNamesTheVerdictsThatChange() {
        ResultSet none = SyntheticResults.fullSet();
        ResultSet same = SyntheticResults.withSlower("c", 3.0); // c from fastest to slowest

        PlacementTable.Placements placements = PlacementTable.of(List.of(none, same));

        assertEquals(3 * 2, placements.tables().size(), "one table per latency cell");
        String tcp64 = placements.rankings().stream().filter(line -> line.startsWith("latency pair tcp 64 B"))
                .findFirst().orElseThrow();
        assertTrue(tcp64.contains("the medians' order differs"), tcp64);
        assertTrue(tcp64.contains("c < jni < jzmq < jna < jeromq"), tcp64);
        assertTrue(tcp64.contains("jni < jzmq < jna < jeromq < c"), tcp64);
        assertTrue(tcp64.contains("verdicts against the baseline that change: jni "), tcp64);
        assertTrue(tcp64.contains(" slower, ") && tcp64.contains(" faster"), tcp64);
    }

    @Test
    void theSameRankingIsSaidToBeTheSame() {
        ResultSet set = SyntheticResults.fullSet();
        PlacementTable.Placements placements = PlacementTable.of(List.of(set, set));
        assertTrue(placements.rankings().stream().allMatch(line -> line.contains("the same order")
                && line.contains("no verdict against the baseline changes")), placements.rankings()::toString);
        String table = String.join("\n", TextTable.render(placements.tables().get(0), 300, false));
        assertTrue(table.contains("wake-ups") && table.contains("migr.") && table.contains("vs c"), table);
    }
}
