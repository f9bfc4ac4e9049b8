package zmqbench.results;

import zmqbench.protocol.Json;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.HdrHistogram.AbstractHistogram;
import org.HdrHistogram.Histogram;

/**
 * A result set on disk, written as each cell finishes, so a run that is interrupted keeps what it
 * measured. A directory holds:
 * <pre>
 * set.json                 the header: a {@link ResultSet} without cells (environment, options,
 *                          config hash, placement, baseline), "complete": false until finish,
 *                          which adds the {@link RunLog}
 * cells.jsonl              one {@link CellResult} per line, appended and flushed per cell
 * histograms/NAME.hgrm     a latency cell's percentile distribution in µs (HdrHistogram's text)
 * histograms/NAME.hdr      the same histogram, compressed and base64, to re-read
 * histograms/NAME-uncorrected.hgrm, .hdr
 *                          open-loop: the round trips from the actual send (NAME.* holds those
 *                          from the intended send time, corrected for coordinated omission)
 * </pre>
 * NAME is {@link HistogramFiles#baseName}. {@link #read} also accepts a JSON report file (the
 * whole set in one document).
 */
public final class ResultStore {

    public static final String HEADER_FILE = "set.json";
    public static final String CELLS_FILE = "cells.jsonl";
    public static final String HISTOGRAM_DIR = "histograms";

    /**
     * The version of the JSON files' shape, written first as {@code schema_version} in set.json and
     * the JSON report. 2: "not measured" is null, never -1 ({@link Unmeasured}); sets without the
     * field are version 1 and read the same.
     */
    public static final int SCHEMA_VERSION = 2;

    private final Path dir;
    private final ResultSet header;

    private ResultStore(Path dir, ResultSet header) {
        this.dir = dir;
        this.header = header;
    }

    /**
     * Starts a result set in {@code dir} (created if missing), writing {@code header}'s fields; its
     * cells and unfinished lists are not written.
     *
     * @throws IllegalArgumentException if {@code dir} already holds a result set
     * @throws UncheckedIOException if the directory or header cannot be written
     */
    /** Refuses a directory that holds a result set already, or a file in the way. */
    public static void requireNew(Path dir) {
        if (Files.exists(dir.resolve(HEADER_FILE))) {
            throw new IllegalArgumentException(dir + " already holds a result set; choose a new directory");
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + " is a file, not a directory for a result set");
        }
    }

    public static ResultStore create(Path dir, ResultSet header) {
        requireNew(dir);
        ResultSet emptyHeader = header.with(List.of(), List.of(), false);
        try {
            Files.createDirectories(dir);
            writeHeader(dir, emptyHeader);
            Files.write(dir.resolve(CELLS_FILE), new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write result set in " + dir + ": " + e.getMessage(), e);
        }
        return new ResultStore(dir, emptyHeader);
    }

    public Path dir() {
        return dir;
    }

    /**
     * Records a finished cell: its histogram files first (when {@code rttOrNull} is not null),
     * then its line in {@code cells.jsonl}, so a cell that is listed has its histograms.
     */
    public synchronized void add(CellResult cell, AbstractHistogram rttOrNull) {
        add(cell, rttOrNull, null);
    }

    /**
     * As {@link #add(CellResult, AbstractHistogram)}, with an open-loop cell's uncorrected histogram
     * (when {@code uncorrectedOrNull} is not null) beside the corrected one.
     */
    public synchronized void add(CellResult cell, AbstractHistogram rttOrNull, AbstractHistogram uncorrectedOrNull) {
        try {
            if (rttOrNull != null) {
                HistogramFiles.write(dir.resolve(HISTOGRAM_DIR), HistogramFiles.baseName(cell.backend(), cell.key()),
                        rttOrNull);
            }
            if (uncorrectedOrNull != null) {
                HistogramFiles.write(dir.resolve(HISTOGRAM_DIR),
                        HistogramFiles.uncorrectedBaseName(cell.backend(), cell.key()), uncorrectedOrNull);
            }
            String line = Json.GSON.toJson(Unmeasured.toNulls(Json.GSON.toJsonTree(cell))) + "\n";
            Files.writeString(dir.resolve(CELLS_FILE), line, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot add a cell to " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Marks the set complete, listing the cells that were planned but not measured; no run log. */
    public synchronized void finish(List<String> unfinished) {
        finish(unfinished, null);
    }

    /**
     * Marks the set complete, listing the cells that were planned but not measured, with how the
     * run went ({@code log}; null: none).
     */
    public synchronized void finish(List<String> unfinished, RunLog log) {
        try {
            writeHeader(dir, header.with(List.of(), List.copyOf(unfinished), true).withRunLog(log));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish result set in " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a result set: a directory written by a store, complete or interrupted (then
     * {@link ResultSet#complete()} is false and a half-written last line is ignored), or a JSON
     * report file.
     *
     * @throws IllegalArgumentException with a one-line message if {@code path} is not a result set
     * @throws UncheckedIOException if a file cannot be read
     */
    public static ResultSet read(Path path) {
        if (!Files.exists(path)) {
            throw new IllegalArgumentException("no such result set: " + path);
        }
        if (Files.isRegularFile(path)) {
            return readReport(path);
        }
        Path headerFile = path.resolve(HEADER_FILE);
        if (!Files.isRegularFile(headerFile)) {
            throw new IllegalArgumentException(path + " is not a result set (it has no " + HEADER_FILE + ")");
        }
        ResultSet header = parse(headerFile, readString(headerFile));
        List<CellResult> cells = readCells(path.resolve(CELLS_FILE));
        return header.with(cells, header.unfinished(), header.complete());
    }

    /** A latency cell's histogram as {@link #add} stored it, if it did. */
    public static Optional<Histogram> readHistogram(Path dir, String backend, CellKey key) {
        return readHistogram(dir, HistogramFiles.baseName(backend, key));
    }

    /** An open-loop cell's uncorrected histogram as {@link #add} stored it, if it did. */
    public static Optional<Histogram> readUncorrectedHistogram(Path dir, String backend, CellKey key) {
        return readHistogram(dir, HistogramFiles.uncorrectedBaseName(backend, key));
    }

    private static Optional<Histogram> readHistogram(Path dir, String baseName) {
        Path file = dir.resolve(HISTOGRAM_DIR).resolve(baseName + ".hdr");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(HistogramFiles.read(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    private static void writeHeader(Path dir, ResultSet header) throws IOException {
        // Write aside and move, so an interruption never leaves a half-written header.
        Path temporary = dir.resolve(HEADER_FILE + ".tmp");
        Files.writeString(temporary, Json.PRETTY.toJson(versioned(Json.PRETTY.toJsonTree(header))) + "\n",
                StandardCharsets.UTF_8);
        Files.move(temporary, dir.resolve(HEADER_FILE), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * {@code record} (a JSON object) as a versioned file holds it: {@code schema_version} first,
     * "not measured" as null.
     */
    public static JsonObject versioned(JsonElement record) {
        JsonObject root = new JsonObject();
        root.addProperty("schema_version", SCHEMA_VERSION);
        record.getAsJsonObject().entrySet().forEach(e -> root.add(e.getKey(), e.getValue()));
        return Unmeasured.toNulls(root).getAsJsonObject();
    }

    private static List<CellResult> readCells(Path file) {
        List<CellResult> cells = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return cells;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                CellResult cell = Unmeasured.read(line, CellResult.class);
                if (cell == null || cell.key() == null || cell.backend() == null) {
                    throw new JsonParseException("not a cell result");
                }
                cells.add(cell);
            } catch (JsonParseException e) {
                if (i == lines.size() - 1) {
                    break; // the run was stopped while writing its last line
                }
                throw new IllegalArgumentException(file + " line " + (i + 1) + " is not a cell result: "
                        + MalformedJson.describe(e), e);
            }
        }
        return cells;
    }

    private static ResultSet readReport(Path file) {
        ResultSet set = parse(file, readString(file));
        for (CellResult cell : set.cells()) {
            if (cell == null || cell.key() == null || cell.backend() == null) {
                throw new IllegalArgumentException(file + " is not a result set (a cell lacks its backend or key)");
            }
        }
        return set;
    }

    private static ResultSet parse(Path file, String json) {
        try {
            ResultSet set = Unmeasured.read(json, ResultSet.class);
            if (set == null || set.toolVersion() == null && set.environment().isEmpty() && set.cells().isEmpty()) {
                throw new JsonParseException("no result set fields");
            }
            return set;
        } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
            throw new IllegalArgumentException(file + " is not a result set: " + MalformedJson.describe(e), e);
        }
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
