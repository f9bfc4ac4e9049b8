package zmqbench.run;

/**
 * The backends of one row of a cell: the one that binds (echo, receiver) and the one that connects
 * (pinger, sender). The same backend, except in an interop row, which pairs JeroMQ with a libzmq
 * backend; its label, which names the row in results and reports, is then {@code jeromq->c}:
 * jeromq connects, c binds.
 */
record BackendPair(String binder, String connecter) {

    /** Between the connecting and the binding backend in an interop row's label. */
    private static final String ARROW = "->";

    /** A row of one backend on both sides. */
    static BackendPair of(String backend) {
        return new BackendPair(backend, backend);
    }

    boolean interop() {
        return !binder.equals(connecter);
    }

    /** The row's name: the backend, or {@code connecter->binder}. */
    String label() {
        return interop() ? connecter + ARROW + binder : binder;
    }
}
