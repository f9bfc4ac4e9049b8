package zmqbench.jzmq;

import org.zeromq.ZMQ;
import org.zeromq.ZMQException;
import zmqbench.backend.CrossingCounter;
import zmqbench.backend.SocketOption;
import zmqbench.backend.ZmqException;
import zmqbench.backend.ZmqSocket;

/**
 * A JZMQ socket used through its public API, as JZMQ's users do. JZMQ wraps libzmq, so the error
 * codes of its {@link ZMQException} are libzmq's (Linux) errno values and pass straight through.
 *
 * <p>Two gaps of JZMQ 3.1.0 shape this class: it has no {@code getLastEndpoint()} (and its
 * getsockopt refuses ZMQ_LAST_ENDPOINT), so a wildcard tcp port is bound with JZMQ's own
 * {@code bindToRandomPort}; and {@code recv(byte[], ...)} returns the number of bytes stored,
 * not the frame's size, so a truncated frame reports {@code buffer.length}.
 */
final class JzmqSocket implements ZmqSocket {

    private static final int EINTR = 4;
    private static final int EAGAIN = 11;

    private final ZMQ.Socket socket;

    JzmqSocket(ZMQ.Socket socket) {
        this.socket = socket;
    }

    @Override
    public void setOption(SocketOption option, int value) {
        try {
            switch (option) {
                case SNDHWM -> socket.setSndHWM(value);
                case RCVHWM -> socket.setRcvHWM(value);
                case LINGER -> socket.setLinger(value);
                case SNDBUF -> socket.setSendBufferSize(value);
                case RCVBUF -> socket.setReceiveBufferSize(value);
                case RCVTIMEO -> socket.setReceiveTimeOut(value);
                case SNDTIMEO -> socket.setSendTimeOut(value);
                case ROUTER_MANDATORY -> socket.setRouterMandatory(value != 0);
                case IMMEDIATE -> socket.setImmediate(value != 0);
                default -> throw new ZmqException(ZmqException.EINVAL, option + " takes bytes, not an integer");
            }
        } catch (ZMQException e) {
            throw translate(e, "setsockopt " + option);
        }
    }

    @Override
    public void setOption(SocketOption option, byte[] value) {
        try {
            switch (option) {
                case SUBSCRIBE -> socket.subscribe(value);
                case UNSUBSCRIBE -> socket.unsubscribe(value);
                case ROUTING_ID -> socket.setIdentity(value);
                default -> throw new ZmqException(ZmqException.EINVAL, option + " takes an integer, not bytes");
            }
        } catch (ZMQException e) {
            throw translate(e, "setsockopt " + option);
        }
    }

    @Override
    public String bind(String endpoint) {
        try {
            if (endpoint.startsWith("tcp://") && (endpoint.endsWith(":*") || endpoint.endsWith(":!"))) {
                // Wildcard port: JZMQ cannot report what libzmq chose, so let JZMQ choose (2000-20000,
                // retried on EADDRINUSE), which is how JZMQ's users bind to "any port".
                String address = endpoint.substring(0, endpoint.length() - 2);
                int port = socket.bindToRandomPort(address);
                return resolvedHost(address) + ":" + port;
            }
            if (endpoint.startsWith("ipc://*")) {
                throw new ZmqException(ZmqException.EINVAL,
                        "bind " + endpoint + ": JZMQ 3.1.0 cannot report the path libzmq picks for ipc://*; give a path");
            }
            socket.bind(endpoint);
            return endpoint.startsWith("tcp://*:") ? "tcp://0.0.0.0:" + endpoint.substring(8) : endpoint;
        } catch (ZMQException e) {
            throw translate(e, "bind " + endpoint);
        }
    }

    /** libzmq reports the wildcard host {@code *} as {@code 0.0.0.0}. */
    private static String resolvedHost(String address) {
        return address.equals("tcp://*") ? "tcp://0.0.0.0" : address;
    }

    @Override
    public void connect(String endpoint) {
        try {
            socket.connect(endpoint);
        } catch (ZMQException e) {
            throw translate(e, "connect " + endpoint);
        }
    }

    @Override
    public boolean send(byte[] buffer, int length, int flags) {
        while (true) {
            try {
                // false means EAGAIN (DONTWAIT, or SNDTIMEO expired); other errors throw.
                CrossingCounter.count();
                return socket.send(buffer, 0, length, flags);
            } catch (ZMQException e) {
                if (e.getErrorCode() != EINTR) {
                    throw translate(e, "send");
                }
            }
        }
    }

    @Override
    public int receive(byte[] buffer, int flags) {
        while (true) {
            try {
                // -1 means EAGAIN (DONTWAIT, or RCVTIMEO expired); other errors throw.
                CrossingCounter.count();
                return socket.recv(buffer, 0, buffer.length, flags);
            } catch (ZMQException e) {
                if (e.getErrorCode() == EAGAIN) {
                    return -1;
                }
                if (e.getErrorCode() != EINTR) {
                    throw translate(e, "recv");
                }
            }
        }
    }

    @Override
    public boolean hasMore() {
        CrossingCounter.count(); // one JNI call: getLongSockopt(ZMQ_RCVMORE)
        return socket.hasReceiveMore();
    }

    /**
     * JZMQ's {@code monitor}, which passes the event mask to zmq_socket_monitor as it is (libzmq
     * 4.3's HANDSHAKE_SUCCEEDED too). It cannot pass NULL, so monitoring stops with the socket.
     */
    void monitor(String endpoint, int events) {
        if (endpoint == null) {
            return;
        }
        try {
            if (!socket.monitor(endpoint, events)) {
                throw new ZmqException(ZmqException.EINVAL, "monitor " + endpoint + " refused");
            }
        } catch (ZMQException e) {
            throw translate(e, "monitor " + endpoint);
        }
    }

    @Override
    public void close() {
        socket.close();
    }

    static ZmqException translate(ZMQException e, String call) {
        return new ZmqException(e.getErrorCode(), call + ": " + e.getMessage());
    }
}
