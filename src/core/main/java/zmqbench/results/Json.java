package zmqbench.results;

import com.google.gson.FieldNamingPolicy;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/** The one JSON mapping of the project: snake_case names, records as objects, NaN allowed. */
public final class Json {

    public static final Gson GSON = new GsonBuilder()
            .setFieldNamingPolicy(FieldNamingPolicy.LOWER_CASE_WITH_UNDERSCORES)
            .serializeSpecialFloatingPointValues()
            .serializeNulls()
            .disableHtmlEscaping()
            .create();

    private Json() {
    }
}
