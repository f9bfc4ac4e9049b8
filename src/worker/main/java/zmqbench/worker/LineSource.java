package zmqbench.worker;

import java.io.BufferedReader;
import java.io.IOException;

/** The parent's lines, one at a time: a blocking read (null at the end), and whether one is there. */
interface LineSource {

    String readLine() throws IOException;

    boolean ready() throws IOException;

    /** Lines read from {@code reader} on the caller's thread. */
    static LineSource of(BufferedReader reader) {
        return new LineSource() {
            @Override
            public String readLine() throws IOException {
                return reader.readLine();
            }

            @Override
            public boolean ready() throws IOException {
                return reader.ready();
            }
        };
    }
}
