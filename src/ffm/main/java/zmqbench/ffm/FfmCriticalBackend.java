package zmqbench.ffm;

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
}
