package zmqbench.scenario;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A samples file of the worker protocol: little-endian int64 nanoseconds, one per round trip, in
 * order. Written whole at the end of a run, or appended slice by slice through a buffer that grows
 * only when a slice is larger than any before.
 */
final class SamplesFile implements Closeable {

    private final FileChannel out;
    private ByteBuffer bytes = ByteBuffer.allocate(0).order(ByteOrder.LITTLE_ENDIAN);

    private SamplesFile(Path file) throws IOException {
        out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** A new, empty file at {@code file} (truncated if it exists). */
    static SamplesFile create(Path file) throws IOException {
        return new SamplesFile(file);
    }

    /** Writes {@code samples[0..count)} as the whole file. */
    static void write(long[] samples, int count, Path file) throws IOException {
        try (SamplesFile samplesFile = create(file)) {
            samplesFile.append(samples, count);
        }
    }

    /** Room for appending {@code count} samples at once without growing the buffer. */
    void reserve(int count) {
        if (bytes.capacity() < count * Long.BYTES) {
            bytes = ByteBuffer.allocate(Math.max(count, bytes.capacity() / Long.BYTES * 2) * Long.BYTES)
                    .order(ByteOrder.LITTLE_ENDIAN);
        }
    }

    /** Appends {@code samples[0..count)}. */
    void append(long[] samples, int count) throws IOException {
        reserve(count);
        bytes.clear();
        for (int i = 0; i < count; i++) {
            bytes.putLong(samples[i]);
        }
        bytes.flip();
        while (bytes.hasRemaining()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
