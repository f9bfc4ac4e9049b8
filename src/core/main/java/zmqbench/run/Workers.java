package zmqbench.run;

import java.nio.file.Path;
import java.util.List;
import zmqbench.options.CompareOptions;

/** What a comparison starts worker processes for: probing the backends, and running forks. Fakes in tests. */
interface Workers {

    /** Real workers, as {@code make} built them. */
    Workers REAL = new Workers() {
        @Override
        public List<BackendStatus> probe(BackendCatalog catalog, List<String> columns) throws InterruptedException {
            return new BackendProbe(catalog).probe(columns);
        }

        @Override
        public ForkSource forks(BackendCatalog catalog, CompareOptions options, Path scratch) {
            return new ForkRunner(catalog, options, scratch);
        }
    };

    /** As {@link BackendProbe#probe(List)}. */
    List<BackendStatus> probe(BackendCatalog catalog, List<String> columns) throws InterruptedException;

    /** What runs the forks of a comparison, given its scratch directory. */
    ForkSource forks(BackendCatalog catalog, CompareOptions options, Path scratch);
}
