package zmqbench.options;

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
}
