package zmqbench.run;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Which probed backends can run: each other one is named with its reason and skipped. */
public final class AvailableBackends {

    /** When none can: the reasons are one command away. */
    public static final String NONE = "no backend is available: run 'zmqbench backends' for the reasons";

    private AvailableBackends() {
    }

    /** The available backends of {@code statuses}, in order; each other one gets a line on {@code notices}. */
    public static List<String> of(List<BackendStatus> statuses, Consumer<String> notices) {
        List<String> available = new ArrayList<>();
        for (BackendStatus status : statuses) {
            if (status.available()) {
                available.add(status.name());
            } else {
                notices.accept("skipping " + status.name() + ": " + status.reason());
            }
        }
        return available;
    }
}
