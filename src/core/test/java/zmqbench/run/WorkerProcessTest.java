package zmqbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import zmqbench.protocol.DescribeRecord;
import zmqbench.protocol.ErrorRecord;
import zmqbench.protocol.MeasuredRecord;
import zmqbench.protocol.PeerRecord;
import zmqbench.protocol.ReadyRecord;
import zmqbench.protocol.TimelineWindow;
import zmqbench.scenario.SteadyRule;

/**
 * Workers' stdout becomes typed records; a worker that crashes, errs or hangs becomes one line for
 * the user, never a hung parent.
 */
class WorkerProcessTest {

    /** A result as a worker prints it: snake_case, with the steady-state fields and a timeline. */
    private static final String RESULT = "{\"event\":\"result\",\"identity\":{\"backend\":\"c\",\"role\":\"bind\"},"
            + "\"counts\":{\"received\":1000},\"warmup\":{\"steady_state\":\"not steady\",\"duration_ns\":100000000,"
            + "\"timeline\":[{\"end_ns\":100000000,\"messages\":400,\"value\":4000.0,\"measured\":false},"
            + "{\"end_ns\":200000000,\"messages\":600,\"value\":6000.0,\"measured\":true}]}}";

    private static long inMillis(long millis) {
        return System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    }

    @Test
    void recordsAreReadInOrderAsTheirTypes() throws Exception {
        try (WorkerProcess worker = WorkerProcess.start("echo", List.of("sh", "-c",
                "echo '{\"event\":\"ready\",\"endpoint\":\"tcp://x:1\"}'; echo '" + RESULT + "'"))) {
            assertEquals("tcp://x:1", worker.await(ReadyRecord.class, inMillis(10_000)).endpoint());
            PeerRecord result = worker.await(PeerRecord.class, inMillis(10_000));
            assertEquals(1000, result.counts().received());
            assertEquals(SteadyRule.NOT_STEADY, result.warmup().steadyState());
            assertEquals(List.of(new TimelineWindow(100_000_000, 400, 4000.0, false),
                    new TimelineWindow(200_000_000, 600, 6000.0, true)), result.warmup().timeline());
        }
    }

    @Test
    void linesParseIntoTypedRecordsOrNothing() {
        assertEquals(new ErrorRecord("no such backend"),
                WorkerProcess.parse("{\"event\":\"error\",\"message\":\"no such backend\"}"));
        assertEquals(new MeasuredRecord(), WorkerProcess.parse("{\"event\":\"measured\"}"));
        assertEquals(new DescribeRecord("c", "4.3.4", "4.3.4"), WorkerProcess.parse(
                "{\"event\":\"describe\",\"backend\":\"c\",\"backend_version\":\"4.3.4\",\"libzmq_version\":\"4.3.4\"}"));
        assertNull(WorkerProcess.parse("Segmentation fault"));
        assertNull(WorkerProcess.parse("{not json"));
        assertNull(WorkerProcess.parse("{\"event\":\"gossip\"}"), "an unknown event is not a record");
        assertNull(WorkerProcess.parse("{\"endpoint\":\"tcp://x:1\"}"), "no event");
        assertNull(WorkerProcess.parse("{\"event\":\"result\",\"counts\":\"many\"}"), "a field of the wrong type");
        assertNull(WorkerProcess.parse("[1,2]"));
    }

    @Test
    void aGarbageLineIsSkippedIntoTheStderrTailAndAMeasuredRecordNobodyAskedForIsSkipped() throws Exception {
        try (WorkerProcess worker = WorkerProcess.start("noisy", List.of("sh", "-c",
                "echo 'JIT says hello'; echo '{\"event\":\"measured\"}'; echo '" + RESULT + "'"))) {
            PeerRecord result = worker.await(PeerRecord.class, inMillis(10_000));
            assertEquals(SteadyRule.NOT_STEADY, result.warmup().steadyState());
        }
        WorkerProcess.WorkerFailure failure = assertThrows(WorkerProcess.WorkerFailure.class, () -> {
            try (WorkerProcess worker = WorkerProcess.start("noisy", List.of("sh", "-c",
                    "echo '{broken'; exit 3"))) {
                worker.await(PeerRecord.class, inMillis(10_000));
            }
        });
        assertEquals("noisy: exited (status 3) without 'result'; stderr: {broken", failure.getMessage());
    }

    @Test
    void anUnexpectedRecordIsAFailure() {
        WorkerProcess.WorkerFailure failure = assertThrows(WorkerProcess.WorkerFailure.class, () -> {
            try (WorkerProcess worker = WorkerProcess.start("early", List.of("sh", "-c", "echo '" + RESULT + "'"))) {
                worker.await(ReadyRecord.class, inMillis(10_000));
            }
        });
        assertEquals("early: expected 'ready', got 'result'", failure.getMessage());
    }

    @Test
    void stopAndReleaseAreLinesOnStdin() throws Exception {
        try (WorkerProcess worker = WorkerProcess.start("sender", List.of("sh", "-c",
                "read a; read b; echo \"{\\\"event\\\":\\\"ready\\\",\\\"endpoint\\\":\\\"$a+$b\\\"}\""))) {
            worker.stop();
            worker.release();
            assertEquals("stop+release", worker.await(ReadyRecord.class, inMillis(10_000)).endpoint());
        }
    }

    @Test
    void aCrashedWorkerIsReportedWithItsStatusAndStderr() {
        WorkerProcess.WorkerFailure failure = assertThrows(WorkerProcess.WorkerFailure.class, () -> {
            try (WorkerProcess worker = WorkerProcess.start("crash", List.of("sh", "-c",
                    "echo 'Segmentation fault' >&2; exit 139"))) {
                worker.await(PeerRecord.class, inMillis(10_000));
            }
        });
        assertTrue(failure.getMessage().contains("exited (status 139)"), failure::getMessage);
        assertTrue(failure.getMessage().contains("Segmentation fault"), failure::getMessage);
    }

    @Test
    void anErrorRecordBecomesTheFailureMessage() {
        WorkerProcess.WorkerFailure failure = assertThrows(WorkerProcess.WorkerFailure.class, () -> {
            try (WorkerProcess worker = WorkerProcess.start("err", List.of("sh", "-c",
                    "echo '{\"event\":\"error\",\"message\":\"address already in use: tcp://127.0.0.1:5555\"}'; exit 1"))) {
                worker.await(ReadyRecord.class, inMillis(10_000));
            }
        });
        assertEquals("err: address already in use: tcp://127.0.0.1:5555", failure.getMessage());
    }

    @Test
    void aHungWorkerIsKilledAtItsDeadline() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            WorkerProcess.WorkerFailure failure = assertThrows(WorkerProcess.WorkerFailure.class, () -> {
                try (WorkerProcess worker = WorkerProcess.start("hang", List.of("sleep", "60"))) {
                    worker.await(PeerRecord.class, inMillis(300));
                }
            });
            assertTrue(failure.getMessage().contains("before the deadline; killed"), failure::getMessage);
        });
    }
}
