package zmqbench.jeromq;

import org.zeromq.ZMQ;
import org.zeromq.ZMQException;
import zmq.Msg;
import zmq.ZError;
import zmqbench.backend.SocketOption;
import zmqbench.backend.ZmqException;
import zmqbench.backend.ZmqSocket;

/** A JeroMQ socket used through its public API, as JeroMQ's users do. */
final class JeromqSocket implements ZmqSocket {

    private final ZMQ.Socket socket;

    JeromqSocket(ZMQ.Socket socket) {
        this.socket = socket;
    }

    @Override
    public void setOption(SocketOption option, int value) {
        boolean applied = switch (option) {
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
        };
        check(applied, "setsockopt " + option);
    }

    @Override
    public void setOption(SocketOption option, byte[] value) {
        boolean applied = switch (option) {
            case SUBSCRIBE -> socket.subscribe(value);
            case UNSUBSCRIBE -> socket.unsubscribe(value);
            case ROUTING_ID -> socket.setIdentity(value);
            default -> throw new ZmqException(ZmqException.EINVAL, option + " takes an integer, not bytes");
        };
        check(applied, "setsockopt " + option);
    }

    @Override
    public String bind(String endpoint) {
        try {
            check(socket.bind(endpoint), "bind " + endpoint);
        } catch (ZMQException e) {
            throw translate(e, "bind " + endpoint);
        } catch (IllegalArgumentException e) {
            throw malformed(endpoint, e);
        }
        return socket.getLastEndpoint();
    }

    @Override
    public void connect(String endpoint) {
        try {
            check(socket.connect(endpoint), "connect " + endpoint);
        } catch (ZMQException e) {
            throw translate(e, "connect " + endpoint);
        } catch (IllegalArgumentException e) {
            throw malformed(endpoint, e);
        }
    }

    @Override
    public boolean send(byte[] buffer, int length, int flags) {
        try {
            if (socket.send(buffer, 0, length, flags)) {
                return true;
            }
        } catch (ZMQException e) {
            throw translate(e, "send");
        }
        return wouldBlock("send");
    }

    @Override
    public int receive(byte[] buffer, int flags) {
        try {
            // Through the socket's base so that a truncated frame reports its full size, as zmq_recv
            // does; Socket.recv(byte[], ...) returns only the bytes it stored. Same single Msg either way.
            Msg message = socket.base().recv(flags);
            if (message != null) {
                int size = message.size();
                message.getBytes(0, buffer, 0, Math.min(size, buffer.length));
                return size;
            }
        } catch (ZMQException e) {
            throw translate(e, "recv");
        }
        wouldBlock("recv");
        return -1;
    }

    @Override
    public boolean hasMore() {
        return socket.hasReceiveMore();
    }

    /** Publishes this socket's {@code events} on a PAIR bound at {@code endpoint}: {@link JeromqHandshakeEvents}. */
    void monitor(String endpoint, int events) {
        check(socket.monitor(endpoint, events), "monitor " + endpoint);
    }

    /** Stops the monitor; JeroMQ refuses (and there is nothing to stop) once the context is terminated. */
    void stopMonitor() {
        socket.monitor(null, 0);
    }

    @Override
    public void close() {
        socket.close();
    }

    /** JeroMQ signals both "would block" and real errors by a false/-1 return; errno tells them apart. */
    private boolean wouldBlock(String call) {
        int errno = socket.errno();
        if (errno == ZError.EAGAIN || errno == 0) {
            return false;
        }
        throw error(errno, call);
    }

    private void check(boolean ok, String call) {
        if (!ok) {
            throw error(socket.errno(), call);
        }
    }

    /** JeroMQ parses addresses in Java and throws IllegalArgumentException for bad ones. */
    private static ZmqException malformed(String endpoint, IllegalArgumentException e) {
        return new ZmqException(ZmqException.EINVAL, "invalid endpoint " + endpoint + ": " + e.getMessage());
    }

    private static ZmqException translate(ZMQException e, String call) {
        return error(e.getErrorCode(), call);
    }

    /** JeroMQ numbers errno the BSD way; map the ones users act on to Linux numbering. */
    private static ZmqException error(int jeromqErrno, String call) {
        int errno = switch (jeromqErrno) {
            case ZError.EADDRINUSE -> ZmqException.EADDRINUSE;
            case ZError.EADDRNOTAVAIL -> ZmqException.EADDRNOTAVAIL;
            case ZError.EPROTONOSUPPORT -> ZmqException.EPROTONOSUPPORT;
            case ZError.EHOSTUNREACH -> ZmqException.EHOSTUNREACH;
            default -> jeromqErrno;
        };
        return new ZmqException(errno, call + ": " + ZError.toString(jeromqErrno));
    }
}
