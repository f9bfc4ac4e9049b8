package zmqbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zmqbench.results.Weather;

class WeatherProbeTest {

    @TempDir
    Path proc;

    private void machine(long userTicks, long systemTicks, long stealTicks) throws IOException {
        Files.writeString(proc.resolve("stat"), "cpu  " + userTicks + " 0 " + systemTicks + " 900 5 0 0 "
                + stealTicks + " 0 0\ncpu0 1 2 3 4 5 6 7 8 9 10\n");
        Files.writeString(proc.resolve("loadavg"), "1.25 0.80 0.40 2/180 4242\n");
    }

    private void thread(long pid, long tid, long runNs, long waitNs, long involuntary) throws IOException {
        FakeTask.write(proc.resolve(pid + "/task/" + tid), "java", runNs, waitNs, 3, involuntary);
    }

    @Test
    void othersAreTheBusyTimeThePairDidNotTake() throws IOException {
        WeatherProbe weather = new WeatherProbe(proc);
        machine(100, 50, 0);
        thread(10, 10, 1_000_000_000L, 5_000, 1);
        thread(11, 12, 2_000_000_000L, 0, 2);
        WeatherProbe.Reading before = weather.read(List.of(10L, 11L), 0);
        // 200 ms: the pair ran 380 ms of CPU; the machine was busy 40 ticks = 400 ms
        machine(130, 60, 0);
        thread(10, 10, 1_190_000_000L, 15_000, 4);
        thread(11, 12, 2_190_000_000L, 0, 2);
        Weather quiet = WeatherProbe.between(before, weather.read(List.of(10L, 11L), 200_000_000L));
        assertEquals(200_000_000L, quiet.wallNs());
        assertEquals(380_000_000L, quiet.pairRunNs());
        assertEquals(20_000_000L, quiet.othersNs());
        assertEquals(10_000L, quiet.pairWaitNs());
        assertEquals(3, quiet.pairInvoluntary());
        assertEquals(1.25, quiet.loadAverage());
        assertFalse(quiet.disturbed());
    }

    @Test
    void aSliceWhereOthersOrStealTookAFifthIsDisturbed() throws IOException {
        WeatherProbe weather = new WeatherProbe(proc);
        machine(100, 50, 0);
        thread(10, 10, 0, 0, 0);
        WeatherProbe.Reading before = weather.read(List.of(10L), 0);
        machine(110, 60, 0);
        Weather busy = WeatherProbe.between(before, weather.read(List.of(10L), 200_000_000L));
        assertEquals(200_000_000L, busy.othersNs());
        assertTrue(busy.disturbed());
        machine(100, 50, 5);
        Weather stolen = WeatherProbe.between(before, weather.read(List.of(10L), 200_000_000L));
        assertEquals(50_000_000L, stolen.stealNs());
        assertTrue(stolen.disturbed());
    }

    @Test
    void aShortSliceIsNotDisturbedByTheTicksRoundingAlone() {
        Weather rounded = new Weather(50_000_000L, 20_000_000L, 0, 90_000_000L, 0, 0, 0.5);
        assertFalse(rounded.disturbed(), "2 ticks in 50 ms: /proc/stat's rounding, not a neighbour");
        Weather busy = new Weather(50_000_000L, 30_000_000L, 0, 90_000_000L, 0, 0, 0.5);
        assertTrue(busy.disturbed());
    }

    @Test
    void aGoneWorkerOrNoProcReadsAsNothing() {
        WeatherProbe.Reading reading = new WeatherProbe(proc.resolve("absent")).read(List.of(99L), 5);
        assertEquals(0, reading.busyNs());
        assertEquals(0, reading.pairRunNs());
        assertEquals(0.0, reading.loadAverage());
    }
}
