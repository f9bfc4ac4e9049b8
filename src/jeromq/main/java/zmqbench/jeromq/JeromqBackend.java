package zmqbench.jeromq;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.zeromq.ZMQ;
import zmqbench.backend.Backend;
import zmqbench.backend.ZmqContext;

/** JeroMQ: ZeroMQ implemented in pure Java (no libzmq). */
public final class JeromqBackend implements Backend {

    @Override
    public String name() {
        return "jeromq";
    }

    @Override
    public String version() {
        // JeroMQ's jar carries its Maven coordinates; ZMQ.getVersionString() is the ZeroMQ API level.
        try (InputStream in = ZMQ.class.getResourceAsStream("/META-INF/maven/org.zeromq/jeromq/pom.properties")) {
            Properties pom = new Properties();
            if (in != null) {
                pom.load(in);
            }
            return pom.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public String libzmqVersion() {
        return ZMQ.getVersionString() + " (pure Java, no libzmq)";
    }

    @Override
    public ZmqContext newContext() {
        return new JeromqContext(ZMQ.context(1));
    }
}
