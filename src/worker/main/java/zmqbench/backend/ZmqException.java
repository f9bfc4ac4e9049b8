package zmqbench.backend;

/** A failed ZeroMQ call, with the errno it maps to (0 when the library gives none). */
public final class ZmqException extends RuntimeException {

    /** errno values worth telling apart (Linux numbering, as libzmq reports them). */
    public static final int EINVAL = 22;
    public static final int EADDRINUSE = 98;
    public static final int EADDRNOTAVAIL = 99;
    public static final int EPROTONOSUPPORT = 93;
    public static final int EHOSTUNREACH = 113;
    public static final int ETIMEDOUT = 110;

    private final int errno;

    public ZmqException(int errno, String message) {
        super(message);
        this.errno = errno;
    }

    public ZmqException(String message, Throwable cause) {
        super(message, cause);
        this.errno = 0;
    }

    public int errno() {
        return errno;
    }
}
