package zmqbench.diff;

import java.util.List;

/** Two sets measured under setups that make their cells incomparable; the message is one line. */
public final class IncompatibleSetsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<String> differences;

    public IncompatibleSetsException(List<String> differences) {
        super("the sets were measured differently: " + String.join("; ", differences));
        this.differences = List.copyOf(differences);
    }

    public List<String> differences() {
        return differences;
    }
}
