package zmqbench.scenario;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * What the parent (or, inproc, the receiver's thread) tells a throughput sender: stop sending (a
 * timed run's receiver has measured enough), and release the socket (the receiver has everything,
 * so closing cannot lose messages). A release also stops.
 */
public final class SenderControl implements SenderPeer.Release {

    private volatile boolean stop;
    private final CountDownLatch released = new CountDownLatch(1);

    /** Stop sending: send the end marker, then wait for the release. */
    public void requestStop() {
        stop = true;
    }

    public void release() {
        stop = true;
        released.countDown();
    }

    /** Read once per message by a timed sender: a plain volatile read. */
    public boolean stopRequested() {
        return stop;
    }

    @Override
    public boolean await(long timeoutMs) throws InterruptedException {
        return released.await(timeoutMs, TimeUnit.MILLISECONDS);
    }
}
