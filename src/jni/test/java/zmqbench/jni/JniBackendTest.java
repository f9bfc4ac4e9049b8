package zmqbench.jni;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import zmqbench.backend.Backend;
import zmqbench.backend.Backends;

class JniBackendTest {

    @Test
    void isFoundByServiceLoaderUnderItsName() {
        Backend backend = Backends.byName("jni");
        assertInstanceOf(JniBackend.class, backend);
        assertEquals("jni", backend.name());
        assertEquals("0.1.0", backend.version());
    }

    @Test
    void reportsTheSystemLibzmqVersion() {
        String version = new JniBackend().libzmqVersion();
        assertTrue(version.matches("4\\.\\d+\\.\\d+"), version);
    }
}
