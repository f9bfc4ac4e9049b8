package zmqbench.protocol;

import com.google.gson.FieldNamingPolicy;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.ToNumberPolicy;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The one JSON configuration of result files and reports: snake_case field names
 * ({@code messagesSent} is {@code messages_sent}), records through their canonical constructors.
 *
 * <p>JSON has no NaN or Infinity, and Gson refuses to write them by default (a crash in the
 * middle of a result file). A non-finite double is written as {@code null} and read back as NaN,
 * so the file stays standard JSON that {@code jq}, Python and browsers all parse. Nulls are
 * written (a missing primitive would read back as 0, not NaN). Numbers read into {@code Object}
 * (the options map) stay longs when they are whole.
 */
public final class Json {

    /** Compact: one record per line, as in {@code cells.jsonl}. */
    public static final Gson GSON = new GsonBuilder()
            .setFieldNamingPolicy(FieldNamingPolicy.LOWER_CASE_WITH_UNDERSCORES)
            .registerTypeAdapter(Double.class, new FiniteDoubleAdapter())
            .registerTypeAdapter(double.class, new FiniteDoubleAdapter())
            .setObjectToNumberStrategy(ToNumberPolicy.LONG_OR_DOUBLE)
            .serializeNulls()
            .disableHtmlEscaping()
            .registerTypeHierarchyAdapter(Path.class, new PathAdapter().nullSafe())
            .create();

    /** The same, indented, for files people open: {@code set.json} and the JSON report. */
    public static final Gson PRETTY = GSON.newBuilder().setPrettyPrinting().create();

    private Json() {
    }

    /** Paths as plain strings (reflection into the JDK's Path classes is not allowed). */
    private static final class PathAdapter extends TypeAdapter<Path> {
        @Override
        public void write(JsonWriter out, Path path) throws IOException {
            out.value(path.toString());
        }

        @Override
        public Path read(JsonReader in) throws IOException {
            return Path.of(in.nextString());
        }
    }

    /** Writes non-finite doubles as null, reads null as NaN. */
    private static final class FiniteDoubleAdapter extends TypeAdapter<Double> {

        @Override
        public void write(JsonWriter out, Double value) throws IOException {
            if (value == null || !Double.isFinite(value)) {
                out.nullValue();
            } else {
                out.value(value.doubleValue());
            }
        }

        @Override
        public Double read(JsonReader in) throws IOException {
            if (in.peek() == JsonToken.NULL) {
                in.nextNull();
                return Double.NaN;
            }
            return in.nextDouble();
        }
    }
}
