package zmqbench.ffm;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * Copies each frame through one off-heap segment, reused for every message and grown (never
 * shrunk) to the largest frame seen, so the message path allocates nothing once warm.
 */
final class OffHeapTransfer implements FrameTransfer {

    /** Shared, not confined: a socket may be made on one thread and used on another. */
    private final Arena arena = Arena.ofShared();
    private MemorySegment segment = NativeZmq.unchecked(arena.allocate(1024));

    @Override
    public int send(MemorySegment state, MemorySegment socket, byte[] buffer, int length, int flags) {
        MemorySegment offHeap = capacity(length);
        MemorySegment.copy(buffer, 0, offHeap, JAVA_BYTE, 0, length);
        return LibZmq.send(state, socket, offHeap, length, flags);
    }

    @Override
    public int receive(MemorySegment state, MemorySegment socket, byte[] buffer, int flags) {
        MemorySegment offHeap = capacity(buffer.length);
        int received = LibZmq.recv(state, socket, offHeap, buffer.length, flags);
        if (received > 0) {
            MemorySegment.copy(offHeap, JAVA_BYTE, 0, buffer, 0, Math.min(received, buffer.length));
        }
        return received;
    }

    /** The segment, grown to at least {@code bytes}; the old one is freed with the arena. */
    private MemorySegment capacity(int bytes) {
        if (segment.byteSize() < bytes) {
            segment = NativeZmq.unchecked(arena.allocate(Math.max(bytes, 2 * segment.byteSize())));
        }
        return segment;
    }

    @Override
    public void close() {
        arena.close();
    }
}
