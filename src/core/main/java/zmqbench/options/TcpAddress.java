package zmqbench.options;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;

/** The HOST:PORT a tcp bind side uses; PORT may be {@code *} for any free port. */
public final class TcpAddress {

    private TcpAddress() {
    }

    /** Throws a one-line error unless {@code address} is HOST:PORT with a port of 1-65535 or *. */
    public static void validate(String address) {
        validate("--tcp", address);
    }

    /** The same, for {@code option}. */
    public static void validate(String option, String address) {
        int colon = address == null ? -1 : address.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException(option + ": expected HOST:PORT (e.g. 127.0.0.1:5555 or 127.0.0.1:*), got '"
                    + address + "'");
        }
        String port = address.substring(colon + 1);
        if (port.equals("*")) {
            return;
        }
        try {
            int number = Integer.parseInt(port);
            if (number >= 1 && number <= 65535) {
                return;
            }
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        throw new IllegalArgumentException(option + ": port must be 1-65535 or *, got '" + port + "' in '" + address + "'");
    }

    /**
     * Throws a one-line error unless this machine can listen on {@code address} (checked by
     * binding it for a moment): an unknown host, an address of no local interface, a port in use
     * or one needing privileges fails every fork, so it is refused before anything is measured.
     */
    public static void requireBindable(String address) {
        validate(address);
        int colon = address.lastIndexOf(':');
        String host = address.substring(0, colon);
        String port = address.substring(colon + 1);
        InetAddress resolved;
        try {
            resolved = InetAddress.getByName(host.startsWith("[") && host.endsWith("]")
                    ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--tcp: cannot resolve host '" + host + "' in '" + address + "'");
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(resolved, port.equals("*") ? 0 : Integer.parseInt(port)));
        } catch (IOException e) {
            throw new IllegalArgumentException("--tcp: cannot listen on " + address + ": " + e.getMessage());
        }
    }
}
