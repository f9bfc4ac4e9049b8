package zmqbench.jeromq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class JeromqHandshakeMonitorTest {

    private final CountDownLatch handshaken = new CountDownLatch(1);
    private final AtomicInteger wakes = new AtomicInteger();
    private final AtomicInteger stops = new AtomicInteger();

    private JeromqHandshakeMonitor monitor(Runnable wakePoller) {
        return new JeromqHandshakeMonitor(this::handshakeWithin, wakePoller, stops::incrementAndGet, 20);
    }

    private boolean handshakeWithin(int timeoutMs) {
        try {
            return handshaken.await(timeoutMs, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aHandshakeAlreadyDoneReturnsAtOnceWithoutWaking() {
        handshaken.countDown();
        assertTrue(monitor(wakes::incrementAndGet).await(5000));
        assertEquals(0, wakes.get());
    }

    @Test
    void aLostHandshakeIsWokenAndThenCounts() {
        JeromqHandshakeMonitor monitor = monitor(() -> {
            wakes.incrementAndGet();
            handshaken.countDown(); // the poller registers the lost handle
        });
        assertTrue(monitor.await(60_000));
        assertEquals(1, wakes.get());
    }

    @Test
    void aHandshakeThatNeverComesIsWokenWithDoublingWaitsUntilTheTimeoutThenFails() {
        assertFalse(monitor(wakes::incrementAndGet).await(200));
        // 20, 40, 80 ms fit in 200 ms, 160 more do not: at most 4 wakes however slow the machine
        assertTrue(wakes.get() >= 1 && wakes.get() <= 4, "woken " + wakes.get() + " times");
    }

    @Test
    void closeStopsWatching() {
        monitor(wakes::incrementAndGet).close();
        assertEquals(1, stops.get());
    }

    @Test
    void wakingTheRealPollerLeavesAnEstablishedPairWorking() {
        JeromqBackend backend = new JeromqBackend();
        try (var context = backend.newContext();
             var bound = context.socket(zmqbench.backend.SocketType.PAIR);
             var connected = context.socket(zmqbench.backend.SocketType.PAIR)) {
            bound.setOption(zmqbench.backend.SocketOption.RCVTIMEO, 10_000);
            String endpoint = bound.bind("tcp://127.0.0.1:*");
            var monitor = context.monitorHandshakes(connected);
            connected.connect(endpoint);
            assertTrue(monitor.await(10_000));
            monitor.close();
            ((JeromqContext) context).wakePoller();
            byte[] buffer = new byte[8];
            assertTrue(connected.send("ping".getBytes(), 4, 0));
            assertEquals(4, bound.receive(buffer, 0));
        }
    }
}
