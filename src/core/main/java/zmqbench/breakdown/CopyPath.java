package zmqbench.breakdown;

/**
 * The copies of a message's bytes a backend makes beyond c's on its message path, per send or
 * receive call, derived from the binding's API path (not counted): c hands its own buffer to
 * zmq_send/zmq_recv, and libzmq's own copies are in every libzmq backend alike.
 */
public final class CopyPath {

    private CopyPath() {
    }

    /**
     * Copies per call beyond c's, or -1 where the path is not ours to read (JZMQ's C++, JeroMQ's
     * whole stack, which is not libzmq's):
     * <ul>
     *   <li>jni: the byte[] into or out of the socket's direct buffer (ByteBuffer bulk put/get), 1.
     *   <li>ffm: the same through the socket's off-heap segment, 1.
     *   <li>ffm-critical: none when the call completes at once (the heap array is passed); a call that
     *       would block is made again through ffm's segment, 1 copy. Counted as 1 on a receive that
     *       waits (latency), 0 otherwise.
     *   <li>jna: a byte[] argument of a direct-mapped call goes through JNA's array elements
     *       (copied in before the call and back after it on HotSpot), 2, of the whole array.
     * </ul>
     */
    public static int perCall(String backend, boolean waitingReceive) {
        return switch (backend) {
            case "c" -> 0;
            case "jni", "ffm" -> 1;
            case "ffm-critical" -> waitingReceive ? 1 : 0;
            case "jna" -> 2;
            default -> -1;
        };
    }

    /**
     * Copies per message (per round trip in latency: two sends and two receives, the receives
     * waiting; throughput: one send and one receive), or -1 when not derived.
     */
    public static int perMessage(String backend, boolean roundTrips) {
        int send = perCall(backend, false);
        int receive = perCall(backend, roundTrips);
        if (send < 0) {
            return -1;
        }
        return roundTrips ? 2 * (send + receive) : send + receive;
    }
}
