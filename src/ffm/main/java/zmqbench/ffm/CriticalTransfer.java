package zmqbench.ffm;

import java.lang.foreign.MemorySegment;
import zmqbench.backend.ZmqSocket;

/**
 * Passes the caller's heap array to zmq_send / zmq_recv with no copy, as a critical downcall.
 * A critical call holds off safepoints (and so GC) while it runs, so it is only ever made with
 * DONTWAIT; a call that would block (EAGAIN) without the caller asking for DONTWAIT is made again
 * the ordinary way, through {@link OffHeapTransfer}, where it may block safely.
 */
final class CriticalTransfer implements FrameTransfer {

    private final OffHeapTransfer blocking = new OffHeapTransfer();

    @Override
    public int send(MemorySegment state, MemorySegment socket, byte[] buffer, int length, int flags) {
        int sent = LibZmq.sendCritical(state, socket, MemorySegment.ofArray(buffer), length,
                flags | ZmqSocket.DONTWAIT);
        return wouldBlock(sent, state, flags) ? blocking.send(state, socket, buffer, length, flags) : sent;
    }

    @Override
    public int receive(MemorySegment state, MemorySegment socket, byte[] buffer, int flags) {
        int received = LibZmq.recvCritical(state, socket, MemorySegment.ofArray(buffer), buffer.length,
                flags | ZmqSocket.DONTWAIT);
        return wouldBlock(received, state, flags) ? blocking.receive(state, socket, buffer, flags) : received;
    }

    private static boolean wouldBlock(int result, MemorySegment state, int flags) {
        return result < 0 && (flags & ZmqSocket.DONTWAIT) == 0 && LibZmq.errno(state) == LibZmq.EAGAIN;
    }

    @Override
    public void close() {
        blocking.close();
    }
}
