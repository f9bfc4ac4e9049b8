package zmqbench.jni;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import zmqbench.backend.SocketOption;
import zmqbench.backend.SocketType;
import zmqbench.backend.ZmqException;
import zmqbench.backend.ZmqSocket;

/**
 * The binding against the system libzmq. Needs build/native/libzmqbench_jni.so ('make native').
 * Every blocking call is bounded by SNDTIMEO/RCVTIMEO, so a broken binding fails instead of hanging.
 */
class JniSocketTest {

    /** Safety net only: nothing here asserts on time. */
    private static final int TIMEOUT_MS = 10_000;
    /** Sizes cycled through: empty, tiny, around the initial 8 KiB staging buffer, and large. */
    private static final int[] SIZES = {0, 1, 7, 100, 8191, 8192, 8193, 100_000};

    private JniContext context;
    private final List<JniSocket> sockets = new ArrayList<>();

    @BeforeEach
    void openContext() {
        context = new JniBackend().newContext();
    }

    @AfterEach
    void closeAll() {
        for (JniSocket socket : sockets) {
            socket.close();
        }
        context.close();
    }

    private JniSocket socket(SocketType type) {
        JniSocket socket = context.socket(type);
        sockets.add(socket);
        socket.setOption(SocketOption.LINGER, 0);
        socket.setOption(SocketOption.SNDTIMEO, TIMEOUT_MS);
        socket.setOption(SocketOption.RCVTIMEO, TIMEOUT_MS);
        return socket;
    }

    private static byte[] message(int seq) {
        byte[] m = new byte[SIZES[seq % SIZES.length]];
        for (int i = 0; i < m.length; i++) {
            m[i] = (byte) (seq * 31 + i);
        }
        return m;
    }

    /** Sends n messages in batches below the default HWM, receiving each batch whole. */
    private static void deliversInOrder(ZmqSocket sender, ZmqSocket receiver, int n) {
        byte[] into = new byte[100_000];
        int batch = 50;
        for (int start = 0; start < n; start += batch) {
            for (int seq = start; seq < start + batch; seq++) {
                byte[] m = message(seq);
                assertTrue(sender.send(m, m.length, 0), "send " + seq);
            }
            for (int seq = start; seq < start + batch; seq++) {
                byte[] expected = message(seq);
                int size = receiver.receive(into, 0);
                assertEquals(expected.length, size, "size of message " + seq);
                assertArrayEquals(expected, Arrays.copyOf(into, size), "content of message " + seq);
                assertFalse(receiver.hasMore());
            }
        }
    }

    @Test
    void pairOverInprocDeliversMessagesIntactAndInOrder() {
        JniSocket a = socket(SocketType.PAIR);
        JniSocket b = socket(SocketType.PAIR);
        assertEquals("inproc://pair", a.bind("inproc://pair"));
        b.connect("inproc://pair");
        deliversInOrder(b, a, 2_000);
        deliversInOrder(a, b, 2_000);
    }

    @Test
    void pairOverTcpDeliversMessagesIntactAndInOrder() {
        JniSocket a = socket(SocketType.PAIR);
        JniSocket b = socket(SocketType.PAIR);
        String endpoint = a.bind("tcp://127.0.0.1:*");
        assertTrue(endpoint.matches("tcp://127\\.0\\.0\\.1:\\d+"), endpoint);
        assertFalse(endpoint.endsWith(":0"), endpoint);
        b.connect(endpoint); // the connecting side queues until the connection is up
        deliversInOrder(b, a, 2_000);
        deliversInOrder(a, b, 2_000);
    }

    @Test
    void invalidEndpointsThrowWithErrnoAndText() {
        JniSocket s = socket(SocketType.PAIR);

        ZmqException e = assertThrows(ZmqException.class, () -> s.connect("bogus://nowhere"));
        assertEquals(ZmqException.EPROTONOSUPPORT, e.errno());
        assertTrue(e.getMessage().matches("zmq_connect\\(bogus://nowhere\\): .+ \\(errno 93\\)"), e.getMessage());

        e = assertThrows(ZmqException.class, () -> s.bind("tcp://127.0.0.1:notaport"));
        assertEquals(ZmqException.EINVAL, e.errno());
        assertTrue(e.getMessage().matches("zmq_bind\\(tcp://127\\.0\\.0\\.1:notaport\\): .+ \\(errno 22\\)"),
                e.getMessage());

        String bound = s.bind("tcp://127.0.0.1:*");
        JniSocket other = socket(SocketType.PAIR);
        e = assertThrows(ZmqException.class, () -> other.bind(bound));
        assertEquals(ZmqException.EADDRINUSE, e.errno());
    }

    @Test
    void dontwaitReceiveWithNothingQueuedReturnsMinusOne() {
        JniSocket a = socket(SocketType.PAIR);
        JniSocket b = socket(SocketType.PAIR);
        a.bind("inproc://empty");
        b.connect("inproc://empty");
        assertEquals(-1, a.receive(new byte[16], ZmqSocket.DONTWAIT));
        assertEquals(-1, a.receive(ByteBuffer.allocateDirect(16), ZmqSocket.DONTWAIT));
    }

    @Test
    void dontwaitSendAtHighWaterMarkReturnsFalse() {
        JniSocket a = socket(SocketType.PAIR);
        JniSocket b = socket(SocketType.PAIR);
        for (JniSocket s : List.of(a, b)) {
            s.setOption(SocketOption.SNDHWM, 1);
            s.setOption(SocketOption.RCVHWM, 1);
        }
        a.bind("inproc://hwm");
        b.connect("inproc://hwm");
        byte[] m = {1, 2, 3};
        int queued = 0;
        while (queued < 10_000 && b.send(m, m.length, ZmqSocket.DONTWAIT)) {
            queued++;
        }
        assertTrue(queued >= 1 && queued < 10_000, "queued " + queued + " before the HWM pushed back");
        assertFalse(b.send(m, m.length, ZmqSocket.DONTWAIT));
    }

    @Test
    void receiveReturnsTheFullSizeAndTruncatesLikeZmqRecv() {
        JniSocket a = socket(SocketType.PAIR);
        JniSocket b = socket(SocketType.PAIR);
        a.bind("inproc://truncate");
        b.connect("inproc://truncate");
        byte[] m = message(3); // 100 bytes
        assertTrue(b.send(m, m.length, 0));
        byte[] small = new byte[10];
        assertEquals(100, a.receive(small, 0));
        assertArrayEquals(Arrays.copyOf(m, 10), small);
    }

    @Test
    void multipartFramesReportMore() {
        JniSocket a = socket(SocketType.PAIR);
        JniSocket b = socket(SocketType.PAIR);
        a.bind("inproc://multipart");
        b.connect("inproc://multipart");
        byte[] one = "one".getBytes(StandardCharsets.US_ASCII);
        byte[] two = "two!".getBytes(StandardCharsets.US_ASCII);
        assertTrue(b.send(one, one.length, ZmqSocket.SNDMORE));
        assertTrue(b.send(two, two.length, 0));
        byte[] into = new byte[8];
        assertEquals(3, a.receive(into, 0));
        assertTrue(a.hasMore());
        assertEquals(4, a.receive(into, 0));
        assertFalse(a.hasMore());
    }

    @Test
    void directByteBuffersAreSentAndReceivedWithoutCopies() {
        JniSocket a = socket(SocketType.PAIR);
        JniSocket b = socket(SocketType.PAIR);
        a.bind("inproc://direct");
        b.connect("inproc://direct");

        ByteBuffer out = ByteBuffer.allocateDirect(64);
        out.put("hello, direct".getBytes(StandardCharsets.US_ASCII)).flip();
        out.position(7); // send "direct"
        assertTrue(b.send(out, 0));
        assertEquals(out.limit(), out.position());
        assertTrue(b.send(out, 0, 5, 0)); // absolute: "hello", position untouched
        assertEquals(out.limit(), out.position());

        ByteBuffer in = ByteBuffer.allocateDirect(64);
        in.position(2);
        assertEquals(6, a.receive(in, 0));
        assertEquals(8, in.position());
        assertEquals(5, a.receive(in, 20, 10, 0));
        assertEquals(8, in.position());
        byte[] got = new byte[6];
        in.get(2, got);
        assertEquals("direct", new String(got, StandardCharsets.US_ASCII));
        got = new byte[5];
        in.get(20, got);
        assertEquals("hello", new String(got, StandardCharsets.US_ASCII));

        assertThrows(IllegalArgumentException.class, () -> b.send(ByteBuffer.allocate(4), 0));
    }

    @Test
    void closingTwiceIsHarmlessAndAClosedSocketFailsCleanly() {
        JniSocket s = socket(SocketType.PAIR);
        s.close();
        s.close();
        ZmqException e = assertThrows(ZmqException.class, () -> s.send(new byte[1], 1, ZmqSocket.DONTWAIT));
        assertNotEquals(0, e.errno());
    }
}
