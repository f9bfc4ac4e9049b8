package zmqbench.worker;

import java.io.PrintStream;
import zmqbench.backend.ZmqException;
import zmqbench.protocol.ErrorRecord;
import zmqbench.protocol.Json;

/** How the worker's own modes (semantics, crossings) print their records: one JSON object a line. */
final class WorkerOutput {

    private WorkerOutput() {
    }

    /** Prints an error record and returns {@code status}, the exit status to go with it. */
    static int error(PrintStream out, int status, String message) {
        print(out, new ErrorRecord(String.valueOf(message)));
        return status;
    }

    /**
     * The error record of a mode that failed once its arguments were good: exit status 1, one line
     * that names {@code what} ran (a missing native library names the backend alone).
     */
    static int failed(PrintStream out, String backend, String what, Throwable e) {
        String message = e instanceof ZmqException ? what + ": " + e.getMessage()
                : e instanceof LinkageError ? backend + ": native library could not be loaded: " + e.getMessage()
                : what + ": " + e;
        return error(out, WorkerMain.EXIT_FAILED, message);
    }

    static void print(PrintStream out, Object record) {
        out.println(Json.GSON.toJson(record));
        out.flush();
    }
}
