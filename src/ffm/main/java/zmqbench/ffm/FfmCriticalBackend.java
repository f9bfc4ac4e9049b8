package zmqbench.ffm;

import zmqbench.backend.NativeCall;

/**
 * As {@link FfmBackend}, but zmq_send and zmq_recv read and write the caller's heap array directly
 * ({@code Linker.Option.critical(true)}), with no copy, whenever the call cannot block.
 */
public final class FfmCriticalBackend extends FfmBackend {

    @Override
    public String name() {
        return "ffm-critical";
    }

    @Override
    FrameTransfer transfer() {
        return new CriticalTransfer();
    }

    /** zmq_errno as a critical downcall ({@code Linker.Option.critical}): FFM's cheapest crossing. */
    @Override
    public NativeCall trivialCall() {
        NativeZmq.load();
        return new NativeCall("zmq_errno") {
            @Override
            public int invoke() {
                return LibZmq.zmqErrnoCritical();
            }
        };
    }
}
