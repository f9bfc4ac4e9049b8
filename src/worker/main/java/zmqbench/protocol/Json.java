package zmqbench.protocol;

import com.google.gson.FieldNamingPolicy;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.ToNumberPolicy;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import zmqbench.scenario.Names;
import zmqbench.scenario.Phase;

/**
 * The one JSON configuration of result files and reports: snake_case field names
 * ({@code messagesSent} is {@code messages_sent}), records through their canonical constructors.
 *
 * <p>JSON has no NaN or Infinity, and Gson refuses to write them by default (a crash in the
 * middle of a result file). A non-finite double is written as {@code null} and read back as NaN,
 * so the file stays standard JSON that {@code jq}, Python and browsers all parse. Nulls are
 * written (a missing primitive would read back as 0, not NaN). Numbers read into {@code Object}
 * stay longs when they are whole.
 *
 * <p>Enums are written as their command-line names ({@code open-loop}, {@code req-rep}, {@code tcp})
 * and read from those or from the constants' names, which result sets kept before.
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
            .registerTypeAdapterFactory(new CliNameEnums())
            .registerTypeAdapter(Phase.class, new PhaseAdapter().nullSafe())
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

    /** Every enum by {@link Names#cliName}; reads the constant's name too (LATENCY as latency). */
    private static final class CliNameEnums implements TypeAdapterFactory {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
            Class<? super T> raw = type.getRawType();
            if (!Enum.class.isAssignableFrom(raw) || raw == Enum.class) {
                return null;
            }
            // A constant with a body is an anonymous subclass of its enum.
            Class enumType = raw.isEnum() ? raw : raw.getSuperclass();
            return (TypeAdapter<T>) new CliNameAdapter(enumType).nullSafe();
        }
    }

    private static final class CliNameAdapter<E extends Enum<E>> extends TypeAdapter<E> {
        private final Class<E> type;

        CliNameAdapter(Class<E> type) {
            this.type = type;
        }

        @Override
        public void write(JsonWriter out, E value) throws IOException {
            out.value(Names.cliName(value));
        }

        @Override
        public E read(JsonReader in) throws IOException {
            String text = in.nextString();
            try {
                return Names.parse(type, type.getSimpleName(), text.toLowerCase(Locale.ROOT).replace('_', '-'));
            } catch (IllegalArgumentException e) {
                throw new JsonParseException(e.getMessage(), e);
            }
        }
    }

    /**
     * A phase as {@code {"kind": "millis", "amount": 2000}}; also reads the options' phases as sets
     * kept them before the options and the workers shared this type: {@code {"kind": "TIME",
     * "value": 2000}}.
     */
    private static final class PhaseAdapter extends TypeAdapter<Phase> {
        private static final String AMOUNT = "amount";
        private static final String BEFORE_AMOUNT = "value";
        private static final String BEFORE_MILLIS = "time";

        @Override
        public void write(JsonWriter out, Phase phase) throws IOException {
            out.beginObject();
            out.name("kind").value(Names.cliName(phase.kind()));
            out.name(AMOUNT).value(phase.amount());
            out.endObject();
        }

        @Override
        public Phase read(JsonReader in) throws IOException {
            String kind = null;
            long amount = 0;
            in.beginObject();
            while (in.hasNext()) {
                String name = in.nextName();
                if (name.equals("kind")) {
                    kind = in.nextString().toLowerCase(Locale.ROOT);
                } else if (name.equals(AMOUNT) || name.equals(BEFORE_AMOUNT)) {
                    amount = in.nextLong();
                } else {
                    in.skipValue();
                }
            }
            in.endObject();
            if (kind == null) {
                throw new JsonParseException("a phase needs a kind");
            }
            try {
                return new Phase(kind.equals(BEFORE_MILLIS) ? Phase.Kind.MILLIS
                        : Names.parse(Phase.Kind.class, "phase kind", kind), amount);
            } catch (IllegalArgumentException e) {
                throw new JsonParseException(e.getMessage(), e);
            }
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
