package zmqbench.results;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.zip.DataFormatException;
import org.HdrHistogram.AbstractHistogram;
import org.HdrHistogram.Histogram;

/**
 * A cell's round-trip histogram on disk (an open-loop cell has two: corrected and
 * {@link #uncorrectedBaseName uncorrected}), as two siblings: {@code NAME.hgrm}, the percentile
 * distribution HdrHistogram prints (values in µs) for people and for HdrHistogram's online
 * plotter, and {@code NAME.hdr}, the histogram itself (compressed, base64, one line) for tools.
 */
public final class HistogramFiles {

    /** Values are recorded in ns and printed in µs. */
    private static final double NANOS_PER_MICRO = 1000.0;

    private static final int TICKS_PER_HALF_DISTANCE = 5;

    private HistogramFiles() {
    }

    /**
     * {@code <backend>-<scenario>-<pattern>-<transport>-<size>[-hwm<N>][-gap<NS>]}, with anything but
     * letters, digits, '.', '_' and '-' replaced by '_' so it is a safe file name.
     */
    public static String baseName(String backend, CellKey key) {
        String name = backend + "-" + key.scenario().cliName() + "-" + key.pattern().cliName() + "-"
                + key.transport().cliName() + "-"
                + key.size() + (key.hwm() >= 0 ? "-hwm" + key.hwm() : "")
                + (key.pacing().gapNs() > 0 ? "-gap" + key.pacing().gapNs() : "");
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /**
     * The base name of an open-loop cell's uncorrected histogram (round trips from the actual send):
     * {@link #baseName} plus {@code -uncorrected}. The corrected one keeps the plain base name.
     */
    public static String uncorrectedBaseName(String backend, CellKey key) {
        return baseName(backend, key) + "-uncorrected";
    }

    /** Writes {@code dir/baseName.hgrm} and {@code dir/baseName.hdr}. */
    public static void write(Path dir, String baseName, AbstractHistogram histogram) throws IOException {
        Files.createDirectories(dir);
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(text, true, StandardCharsets.UTF_8)) {
            histogram.outputPercentileDistribution(out, TICKS_PER_HALF_DISTANCE, NANOS_PER_MICRO);
        }
        Files.write(dir.resolve(baseName + ".hgrm"), text.toByteArray());
        ByteBuffer buffer = ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
        int length = histogram.encodeIntoCompressedByteBuffer(buffer);
        byte[] compressed = new byte[length];
        buffer.flip();
        buffer.get(compressed);
        Files.writeString(dir.resolve(baseName + ".hdr"), Base64.getEncoder().encodeToString(compressed) + "\n");
    }

    /** Reads back a {@code .hdr} file written by {@link #write} (values in ns). */
    public static Histogram read(Path hdrFile) throws IOException {
        byte[] compressed = Base64.getDecoder().decode(Files.readString(hdrFile).strip());
        try {
            return Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(compressed), 0);
        } catch (DataFormatException e) {
            throw new IOException(hdrFile + " is not a compressed HdrHistogram: " + e.getMessage(), e);
        }
    }
}
