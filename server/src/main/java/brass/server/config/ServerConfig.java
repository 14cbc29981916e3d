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
 * @param database     JDBC URL; empty means the embedded H2 database in the data folder
 * @param databaseUser      user for the JDBC URL
 * @param databasePassword  password for the JDBC URL
 * @param idleTimeout  a silent player is warned at half of this and disconnected at the end of it
 * @param linkDeadGrace how long a character whose connection dropped stays in the world
 * @param checkpointEvery how often the world's state is saved (and once more at shutdown)
 * @param hiccupsForEveryone whether every watcher of the terrarium may stall the loop with 'h'
 *                           (the demo's point); otherwise only builders and admins may
 * @param loginTimeout a connection that is not in the game this long after connecting is closed
 * @param maxConnectionsPerIp open connections one address (an IPv4 address, an IPv6 /64) may
 *                            have, telnet and SSH together
 * @param maxConnections open connections the server takes in all, telnet and SSH together
 * @param tlsPort      the port of telnet inside TLS; 0 picks a free one, {@link #TLS_OFF} serves none
 * @param tlsCertificate the certificate chain's PEM file, or null for the self-signed one in the data folder
 * @param tlsKey       the private key's PEM file (null exactly when {@code tlsCertificate} is)
 * @param webPort      the web client's port (its page and WebSocket); 0 picks a free one, {@link #WEB_OFF}
 *                     serves none
 * @param webTls       whether the web client is served over HTTPS, with the certificate telnet's TLS port uses
 * @param passwordIterations the PBKDF2 iterations a new or changed password is hashed with
 * @param ioThreads    the I/O threads of each telnet and web listener (1 or more)
 */
public record ServerConfig(Path dataDir, Path worldDir, String bind, int telnetPort, int sshPort,
                           Duration lagWarn, Duration statusEvery, String database, String databaseUser,
                           String databasePassword, Duration idleTimeout, Duration linkDeadGrace,
                           Duration checkpointEvery, boolean hiccupsForEveryone, Duration loginTimeout,
                           int maxConnectionsPerIp, int maxConnections, int tlsPort, Path tlsCertificate,
                           Path tlsKey, int webPort, boolean webTls, int passwordIterations, int ioThreads) {

    /** An optional port ({@link Setting.Kind#OPTIONAL_PORT}) that is {@code off}. */
    public static final int PORT_OFF = -1;
    /** {@link #tlsPort} when there is no TLS port. */
    public static final int TLS_OFF = PORT_OFF;
    /** {@link #webPort()} when the web client is off. */
    public static final int WEB_OFF = PORT_OFF;

    /** The embedded defaults ({@link Setting}'s), with relative folders resolved against {@code home}. */
    public static ServerConfig defaults(Path home) {
        try {
            return ConfigLoader.load(home, null, false, ConfigLoader.Overrides.none());
        } catch (ConfigException e) {
            throw new IllegalStateException("a default in Setting is wrong: " + e.getMessage(), e);
        }
    }

    /** The same settings with other ports (0 picks free ones): for tests and embedding. */
    public ServerConfig withPorts(int telnet, int ssh) {
        return new ServerConfig(dataDir, worldDir, bind, telnet, ssh, lagWarn, statusEvery, database, databaseUser,
                databasePassword, idleTimeout, linkDeadGrace, checkpointEvery, hiccupsForEveryone, loginTimeout,
                maxConnectionsPerIp, maxConnections, tlsPort, tlsCertificate, tlsKey, webPort, webTls, passwordIterations, ioThreads);
    }

    /** The same settings playing another world folder. */
    public ServerConfig withWorld(Path folder) {
        return new ServerConfig(dataDir, folder, bind, telnetPort, sshPort, lagWarn, statusEvery, database,
                databaseUser, databasePassword, idleTimeout, linkDeadGrace, checkpointEvery, hiccupsForEveryone, loginTimeout,
                maxConnectionsPerIp, maxConnections, tlsPort, tlsCertificate, tlsKey, webPort, webTls, passwordIterations, ioThreads);
    }

    /** The same settings with the periodic health log off (zero) or at another period. */
    public ServerConfig withStatusEvery(Duration period) {
        return new ServerConfig(dataDir, worldDir, bind, telnetPort, sshPort, lagWarn, period, database,
                databaseUser, databasePassword, idleTimeout, linkDeadGrace, checkpointEvery, hiccupsForEveryone, loginTimeout,
                maxConnectionsPerIp, maxConnections, tlsPort, tlsCertificate, tlsKey, webPort, webTls, passwordIterations, ioThreads);
    }

    /** The same settings with other connection caps and login timeout: for tests and embedding. */
    public ServerConfig withConnectionLimits(Duration login, int perIp, int inAll) {
        return new ServerConfig(dataDir, worldDir, bind, telnetPort, sshPort, lagWarn, statusEvery, database,
                databaseUser, databasePassword, idleTimeout, linkDeadGrace, checkpointEvery, hiccupsForEveryone,
                login, perIp, inAll, tlsPort, tlsCertificate, tlsKey, webPort, webTls, passwordIterations, ioThreads);
    }

    /** The same settings with another database (a JDBC URL; empty: H2 in the data folder). */
    public ServerConfig withDatabase(String url) {
        return new ServerConfig(dataDir, worldDir, bind, telnetPort, sshPort, lagWarn, statusEvery, url, databaseUser,
                databasePassword, idleTimeout, linkDeadGrace, checkpointEvery, hiccupsForEveryone, loginTimeout,
                maxConnectionsPerIp, maxConnections, tlsPort, tlsCertificate, tlsKey, webPort, webTls, passwordIterations, ioThreads);
    }

    /**
     * The same settings with a TLS port (0 picks a free one, {@link #TLS_OFF} none) and its
     * certificate and key files (both null: the self-signed one in the data folder).
     */
    public ServerConfig withTls(int port, Path certificate, Path key) {
        return new ServerConfig(dataDir, worldDir, bind, telnetPort, sshPort, lagWarn, statusEvery, database,
                databaseUser, databasePassword, idleTimeout, linkDeadGrace, checkpointEvery, hiccupsForEveryone,
                loginTimeout, maxConnectionsPerIp, maxConnections, port, certificate, key, webPort, webTls, passwordIterations, ioThreads);
    }

    /** The same settings with another number of I/O threads a listener. */
    public ServerConfig withIoThreads(int threads) {
        return new ServerConfig(dataDir, worldDir, bind, telnetPort, sshPort, lagWarn, statusEvery, database,
                databaseUser, databasePassword, idleTimeout, linkDeadGrace, checkpointEvery, hiccupsForEveryone,
                loginTimeout, maxConnectionsPerIp, maxConnections, tlsPort, tlsCertificate, tlsKey, webPort, webTls,
                passwordIterations, threads);
    }

    /** Whether telnet is also served inside TLS. */
    public boolean tlsOn() {
        return tlsPort != TLS_OFF;
    }

    /** The same settings with the web client on another port (0 picks a free one) or off ({@link #WEB_OFF}). */
    public ServerConfig withWebPort(int port) {
        return new ServerConfig(dataDir, worldDir, bind, telnetPort, sshPort, lagWarn, statusEvery, database,
                databaseUser, databasePassword, idleTimeout, linkDeadGrace, checkpointEvery, hiccupsForEveryone,
                loginTimeout, maxConnectionsPerIp, maxConnections, tlsPort, tlsCertificate, tlsKey, port, webTls, passwordIterations, ioThreads);
    }

    /** The same settings with the web client over HTTPS (the TLS certificate) or plain HTTP. */
    public ServerConfig withWebTls(boolean https) {
        return new ServerConfig(dataDir, worldDir, bind, telnetPort, sshPort, lagWarn, statusEvery, database,
                databaseUser, databasePassword, idleTimeout, linkDeadGrace, checkpointEvery, hiccupsForEveryone,
                loginTimeout, maxConnectionsPerIp, maxConnections, tlsPort, tlsCertificate, tlsKey, webPort, https, passwordIterations, ioThreads);
    }

    /** Whether a TLS certificate is needed: for telnet's TLS port or the web client's HTTPS. */
    public boolean tlsNeeded() {
        return tlsOn() || webEnabled() && webTls;
    }

    /** Whether the web client is served. */
    public boolean webEnabled() {
        return webPort != WEB_OFF;
    }

    /** The JDBC URL to open: the configured one, or H2 in the data folder. */
    public String jdbcUrl() {
        return database.isBlank() ? brass.server.store.Database.h2Url(dataDir) : database;
    }

    /**
     * The same settings with another password cost: for load tests that make thousands of
     * characters. The server warns at every start while it is below the recommended cost.
     */
    public ServerConfig withPasswordIterations(int iterations) {
        return new ServerConfig(dataDir, worldDir, bind, telnetPort, sshPort, lagWarn, statusEvery, database,
                databaseUser, databasePassword, idleTimeout, linkDeadGrace, checkpointEvery, hiccupsForEveryone,
                loginTimeout, maxConnectionsPerIp, maxConnections, tlsPort, tlsCertificate, tlsKey, webPort, webTls,
                iterations, ioThreads);
    }
}
