package zmqbench.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import zmqbench.options.CompareOptions;
import zmqbench.options.FarPeer;
import zmqbench.protocol.WorkerArgs;
import zmqbench.scenario.PeerSpec;
import zmqbench.scenario.Role;
import zmqbench.scenario.Transport;

/**
 * The command that starts one peer: here, or with {@code --far} on the far host when it is the
 * binding peer of a tcp cell. Placement ({@code --cpus}) applies on whichever host the peer runs.
 */
final class PeerLauncher {

    private final CompareOptions options;
    private final BackendCatalog here;
    private final BackendCatalog far;

    PeerLauncher(BackendCatalog catalog, CompareOptions options) {
        this.options = options;
        this.here = catalog;
        FarPeer peer = options.network().far();
        this.far = peer == null ? null : catalog.installedAt(new Home(Path.of(peer.home())));
    }

    /** Where a tcp bind side listens: the far peer's address with --far, else --tcp. */
    String tcpBindAddress() {
        return options.network().far() == null ? options.network().tcpAddress() : options.network().far().bind();
    }

    List<String> command(String backend, PeerSpec spec) throws IOException {
        boolean runsFar = runsFar(spec);
        List<String> command = new ArrayList<>(options.launch().placement().prefix(spec.role()));
        command.addAll((runsFar ? far : here).workerCommand(backend));
        command.addAll(WorkerArgs.format(spec));
        return runsFar ? FarCommand.worker(options.network().far(), command) : command;
    }

    /** The backend a column runs (a JVM variant's column names its JVM too): what a worker's --backend takes. */
    String backendOf(String column) {
        return here.backendOf(column);
    }

    /** How errors name the peer: backend, role, and the far host when it runs there. */
    String label(String backend, PeerSpec spec) {
        return backend + " " + spec.role().cliName() + (runsFar(spec) ? " on " + options.network().far().name() : "");
    }

    private boolean runsFar(PeerSpec spec) {
        FarPeer farPeer = options.network().far();
        return farPeer != null && spec.role() == Role.BIND && spec.transport() == Transport.TCP;
    }
}
