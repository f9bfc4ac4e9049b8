package zmqbench.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import zmqbench.scenario.Transport;

class FarPeerTest {

    @Test
    void farHostIsSshWithoutPromptOrTerminal() {
        FarPeer far = FarPeer.ssh("bench@lab2", null, "/opt/zmqbench");
        List<String> expected = new ArrayList<>(List.of("ssh"));
        expected.addAll(FarPeer.SSH_OPTIONS);
        expected.add("bench@lab2");
        assertEquals(expected, far.prefix());
        assertTrue(far.ssh());
        assertEquals("bench@lab2", far.name());
        assertNull(far.bind(), "found at the far end of the ssh connection");
        assertTrue(far.prefix().contains("BatchMode=yes"));
    }

    @Test
    void anyPrefixSplitAtSpacesNeedsAnAddress() {
        FarPeer far = FarPeer.exec("ip netns exec far", "10.0.0.2", "/opt/zmqbench");
        assertEquals(List.of("ip", "netns", "exec", "far"), far.prefix());
        assertFalse(far.ssh());
        assertEquals("10.0.0.2:*", far.bind(), "ADDR alone: any free port");
        assertEquals("10.0.0.2:5555", FarPeer.exec("docker exec -i b", "10.0.0.2:5555", "/z").bind());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> FarPeer.exec("docker exec -i b", null, "/z"));
        assertTrue(missing.getMessage().contains("give --far-bind ADDR"), missing::getMessage);
    }

    @Test
    void anSshPrefixGetsTheSameOptions() {
        FarPeer far = FarPeer.exec("/usr/bin/ssh -p 2222 lab2", null, "/z");
        assertTrue(far.ssh());
        assertEquals("/usr/bin/ssh", far.prefix().get(0));
        assertEquals(FarPeer.SSH_OPTIONS, far.prefix().subList(1, 1 + FarPeer.SSH_OPTIONS.size()));
        assertEquals(List.of("-p", "2222", "lab2"), far.prefix().subList(1 + FarPeer.SSH_OPTIONS.size(),
                far.prefix().size()));
    }

    @Test
    void badValuesAreOneLineErrors() {
        assertThrows(IllegalArgumentException.class, () -> FarPeer.ssh("-oProxyCommand=x", null, "/z"));
        assertThrows(IllegalArgumentException.class, () -> FarPeer.ssh("two words", null, "/z"));
        assertThrows(IllegalArgumentException.class, () -> FarPeer.exec("  ", "10.0.0.2", "/z"));
        IllegalArgumentException port = assertThrows(IllegalArgumentException.class,
                () -> FarPeer.exec("ip netns exec far", "10.0.0.2:99999", "/z"));
        assertTrue(port.getMessage().startsWith("--far-bind: port must be"), port::getMessage);
    }

    @Test
    void onlyTcpCrossesHosts() {
        assertNull(FarPeer.refusal(Transport.TCP));
        assertTrue(FarPeer.refusal(Transport.INPROC).startsWith("inproc with a far peer"));
        assertTrue(FarPeer.refusal(Transport.IPC).startsWith("ipc with a far peer"));
    }
}
