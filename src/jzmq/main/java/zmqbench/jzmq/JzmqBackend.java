package zmqbench.jzmq;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.zeromq.ZMQ;
import zmqbench.backend.Backend;
import zmqbench.backend.ZmqContext;

/**
 * JZMQ 3.1.0: the JNI binding of libzmq, used through its public {@code org.zeromq.ZMQ} API. Its
 * JNI library, libjzmq.so, comes from Debian's libzmq-jni; the worker finds it on
 * {@code java.library.path} (see {@code jvm.args} next to this module's jars in build/lib/jzmq/).
 */
public final class JzmqBackend implements Backend {

    @Override
    public String name() {
        return "jzmq";
    }

    @Override
    public String version() {
        // Read from the jar's Maven metadata through our own class loader: org.zeromq.ZMQ's static
        // initializer loads libjzmq.so and must not run here.
        try (InputStream in = JzmqBackend.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.zeromq/jzmq/pom.properties")) {
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
        return JzmqNative.call(ZMQ::getVersionString);
    }

    @Override
    public ZmqContext newContext() {
        return new JzmqContext(JzmqNative.call(() -> ZMQ.context(1)));
    }
}
