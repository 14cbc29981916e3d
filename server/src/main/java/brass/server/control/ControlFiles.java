package brass.server.control;

import java.nio.file.Path;

/**
 * Where the control channel lives: an owner-only folder {@code control} in the data folder,
 * holding the Unix socket ({@code brass.sock}) or, where Unix sockets are unavailable, the
 * loopback port's number ({@code brass.port}), and the secret a request must carry
 * ({@code secret}, new at every start). All of them go when the server stops.
 *
 * @param folder the {@code control} folder
 */
public record ControlFiles(Path folder) {

    /** The control files of the server whose data folder is {@code dataDir}. */
    public static ControlFiles in(Path dataDir) {
        return new ControlFiles(dataDir.resolve("control"));
    }

    public Path socket() {
        return folder.resolve("brass.sock");
    }

    public Path port() {
        return folder.resolve("brass.port");
    }

    public Path secret() {
        return folder.resolve("secret");
    }
}
