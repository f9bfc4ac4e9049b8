package zmqbench.worker;

import java.io.PrintStream;
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

    static void print(PrintStream out, Object record) {
        out.println(Json.GSON.toJson(record));
        out.flush();
    }
}
