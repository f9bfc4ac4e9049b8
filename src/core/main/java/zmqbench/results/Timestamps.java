package zmqbench.results;

import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Moments as result sets write them: ISO-8601 to the millisecond with the offset spelled out,
 * {@code 2026-12-02T09:17:07.537+00:00} (never {@code Z}), so a reader knows the zone they were taken in.
 */
public final class Timestamps {

    private static final DateTimeFormatter ISO_WITH_OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSxxx");

    private Timestamps() {
    }

    public static String format(OffsetDateTime moment) {
        return ISO_WITH_OFFSET.format(moment);
    }

    /**
     * A moment as a JSON string, for {@code @JsonAdapter} (which handles nulls): Gson cannot reach
     * into the JDK's time classes by reflection.
     */
    public static final class Adapter extends TypeAdapter<OffsetDateTime> {

        @Override
        public void write(JsonWriter out, OffsetDateTime moment) throws IOException {
            out.value(format(moment));
        }

        @Override
        public OffsetDateTime read(JsonReader in) throws IOException {
            String text = in.nextString();
            try {
                return OffsetDateTime.parse(text);
            } catch (DateTimeParseException e) {
                // No cause: the reader's reason names the field, the parser's only an index.
                throw new JsonParseException("expected a date and time with its offset, found '" + text + "' (in "
                        + in.getPath().replaceFirst("^\\$\\.?", "") + ")");
            }
        }
    }
}
