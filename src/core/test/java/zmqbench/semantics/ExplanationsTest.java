package zmqbench.semantics;

import zmqbench.protocol.ProbeSpec;
import zmqbench.protocol.ProbeRecord;
import zmqbench.protocol.SendingSocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import zmqbench.scenario.Transport;

class ExplanationsTest {

    private static ProbeRecord after(String backend, SendingSocket socket, long queued, long delivered,
                                     boolean drops) {
        ProbeRecord r = drops
                ? Records.record(backend, socket, Transport.INPROC, 10, 20_000, "accepted", "accepted (dropped)", null,
                        20_002, delivered)
                : Records.record(backend, socket, Transport.INPROC, 10, queued, "eagain", "blocked", null, queued, queued);
        return r.withHwmSet("after");
    }

    @Test
    void jeromqKeepsTheDefaultHwmOnLivePipes() {
        ProbeSpec spec = Records.spec("jeromq", SendingSocket.PUSH, Transport.INPROC, 10);
        assertEquals(Explanations.JEROMQ_LIVE_PIPES, Explanations.of(spec, after("jeromq", SendingSocket.PUSH, 2000, 0,
                false)));
        assertEquals(Explanations.JEROMQ_LIVE_PIPES,
                Explanations.of(Records.spec("jeromq", SendingSocket.PUB, Transport.INPROC, 10),
                        after("jeromq", SendingSocket.PUB, 0, 1999, true)), "a warm-up message may hold one slot");
    }

    @Test
    void libzmqKeepsThePeersOldShareOfAnInprocPipe() {
        ProbeSpec spec = Records.spec("c", SendingSocket.DEALER, Transport.INPROC, 10);
        String why = Explanations.of(spec, after("c", SendingSocket.DEALER, 1010, 0, false));
        assertTrue(why.startsWith(Explanations.LIBZMQ_INPROC_BOOST), why);
        assertTrue(why.endsWith("(10 + 1000)"), why);
    }

    @Test
    void aCountThatFitsNoKnownCauseIsLeftUnexplained() {
        assertNull(Explanations.of(Records.spec("c", SendingSocket.PUSH, Transport.INPROC, 10),
                after("c", SendingSocket.PUSH, 2000, 0, false)));
        assertNull(Explanations.of(Records.spec("jna", SendingSocket.PUSH, Transport.INPROC, 10),
                Records.record("jna", SendingSocket.PUSH, Transport.INPROC, 10, 1010, "eagain", "blocked", null, 1010, 1010)),
                "the HWM was set before connecting");
    }
}
