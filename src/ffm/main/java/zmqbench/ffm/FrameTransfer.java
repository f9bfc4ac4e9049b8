package zmqbench.ffm;

import java.lang.foreign.MemorySegment;

/**
 * Moves one frame between a caller's array and libzmq: zmq_send / zmq_recv with their return
 * values and errno (in {@code state}) untouched. One socket uses one instance, on one thread.
 */
interface FrameTransfer extends AutoCloseable {

    int send(MemorySegment state, MemorySegment socket, byte[] buffer, int length, int flags);

    /** Receives at most {@code buffer.length} bytes and returns the frame's full size, as zmq_recv. */
    int receive(MemorySegment state, MemorySegment socket, byte[] buffer, int flags);

    /** Frees native memory; the transfer is not used again. */
    @Override
    void close();
}
