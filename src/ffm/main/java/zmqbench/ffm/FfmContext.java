package zmqbench.ffm;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.function.Supplier;
import zmqbench.backend.HandshakeMonitor;
import zmqbench.backend.LibzmqHandshakeMonitor;
import zmqbench.backend.SocketType;
import zmqbench.backend.ZmqContext;
import zmqbench.backend.ZmqException;
import zmqbench.backend.ZmqSocket;

final class FfmContext implements ZmqContext {

    private final Supplier<FrameTransfer> transfers;
    /** errno of the context's own calls (zmq_socket, zmq_ctx_term), which any thread may make. */
    private final Arena arena = Arena.ofShared();
    private final MemorySegment state = NativeZmq.callState(arena);
    private MemorySegment context;

    FfmContext(Supplier<FrameTransfer> transfers) {
        this.transfers = transfers;
        MemorySegment created = LibZmq.ctxNew();
        if (created.equals(MemorySegment.NULL)) {
            arena.close();
            throw new ZmqException(0, "zmq_ctx_new failed");
        }
        this.context = created;
    }

    @Override
    public synchronized ZmqSocket socket(SocketType type) {
        if (context == null) {
            throw new IllegalStateException("context is closed");
        }
        MemorySegment socket = LibZmq.socket(state, context, type.zmqValue());
        if (socket.equals(MemorySegment.NULL)) {
            throw NativeZmq.error(state, "zmq_socket " + type);
        }
        return new FfmSocket(socket, transfers.get());
    }

    @Override
    public HandshakeMonitor monitorHandshakes(ZmqSocket socket) {
        return LibzmqHandshakeMonitor.start(this, ((FfmSocket) socket)::monitor);
    }

    @Override
    public synchronized void close() {
        if (context == null) {
            return;
        }
        while (LibZmq.ctxTerm(state, context) != 0) {
            if (LibZmq.errno(state) != LibZmq.EINTR) {
                throw NativeZmq.error(state, "zmq_ctx_term");
            }
        }
        context = null;
        arena.close();
    }
}
