package zmqbench.backend;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** Finds backends on the classpath by name. In a worker there is exactly one. */
public final class Backends {

    private Backends() {
    }

    public static List<Backend> onClasspath() {
        List<Backend> found = new ArrayList<>();
        ServiceLoader.load(Backend.class).forEach(found::add);
        return found;
    }

    /** The backend called {@code name}, or an error naming the ones that are there. */
    public static Backend byName(String name) {
        List<Backend> found = onClasspath();
        List<String> names = new ArrayList<>();
        for (Backend backend : found) {
            if (backend.name().equals(name)) {
                return backend;
            }
            names.add(backend.name());
        }
        throw new IllegalArgumentException(
                "unknown backend '" + name + "' (this classpath has: " + String.join(", ", names) + ")");
    }
}
