package zmqbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A worker that crashes, errs or hangs becomes one line for the user, never a hung parent. */
class WorkerProcessTest {

    private static long inMillis(long millis) {
        return System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    }

    @Test
    void recordsAreReadInOrder() throws Exception {
        try (WorkerProcess worker = WorkerProcess.start("echo", List.of("sh", "-c",
                "echo '{\"event\":\"ready\",\"endpoint\":\"tcp://x:1\"}'; echo '{\"event\":\"result\",\"n\":3}'"))) {
            assertEquals("tcp://x:1", worker.await("ready", inMillis(10_000)).get("endpoint").getAsString());
            assertEquals(3, worker.await("result", inMillis(10_000)).get("n").getAsInt());
        }
    }

    @Test
    void aCrashedWorkerIsReportedWithItsStatusAndStderr() {
        WorkerProcess.WorkerFailure failure = assertThrows(WorkerProcess.WorkerFailure.class, () -> {
            try (WorkerProcess worker = WorkerProcess.start("crash", List.of("sh", "-c",
                    "echo 'Segmentation fault' >&2; exit 139"))) {
                worker.await("result", inMillis(10_000));
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
                worker.await("ready", inMillis(10_000));
            }
        });
        assertEquals("err: address already in use: tcp://127.0.0.1:5555", failure.getMessage());
    }

    @Test
    void aHungWorkerIsKilledAtItsDeadline() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            WorkerProcess.WorkerFailure failure = assertThrows(WorkerProcess.WorkerFailure.class, () -> {
                try (WorkerProcess worker = WorkerProcess.start("hang", List.of("sleep", "60"))) {
                    worker.await("result", inMillis(300));
                }
            });
            assertTrue(failure.getMessage().contains("before the deadline; killed"), failure::getMessage);
        });
    }
}
