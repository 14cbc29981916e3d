package brass.server.config;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Everything an operator can set, after defaults, {@code brass.yaml} and flags have been merged
 * (flags win over the file, the file over the defaults).
 *
 * @param dataDir      where the database, host key and backups live
 * @param worldDir     the world folder to play
 * @param bind         the address the listeners bind to (loopback unless told otherwise)
 * @param telnetPort   the telnet port (0 picks a free one)
 * @param sshPort      the SSH port (0 picks a free one)
 * @param lagWarn      a game-loop stall longer than this is logged as a warning
 * @param statusEvery  how often the loop's health is written to the log (zero: never)
 */
public record ServerConfig(Path dataDir, Path worldDir, String bind, int telnetPort, int sshPort,
                           Duration lagWarn, Duration statusEvery) {

    public static final int DEFAULT_TELNET_PORT = 4000;
    public static final int DEFAULT_SSH_PORT = 2222;
    public static final String DEFAULT_BIND = "127.0.0.1";

    /** The embedded defaults, with relative folders resolved against {@code home}. */
    public static ServerConfig defaults(Path home) {
        return new ServerConfig(home.resolve("data"), home.resolve("worlds").resolve("default"),
                DEFAULT_BIND, DEFAULT_TELNET_PORT, DEFAULT_SSH_PORT, Duration.ofMillis(100), Duration.ofMinutes(5));
    }
}
