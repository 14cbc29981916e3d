package brass.server.config;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every setting {@code brass.yaml} takes, once: its key, what kind of value it holds, its default
 * as an operator writes it, and what it does in whole sentences. The loader reads the file by
 * these, {@code bin/brass run --help} lists them, and a test holds docs/OPERATIONS.md's table and
 * the README's settings block to them, so none of the four can name a setting the others do not.
 */
public enum Setting {
    DATA("data", Kind.FOLDER, "data/",
            "The folder for the database, the SSH host key, the self-signed TLS certificate and backups."),
    WORLD("world", Kind.FOLDER, "worlds/default/",
            "The world folder to play; a world with errors is refused with the checker's report."),
    BIND("bind", Kind.TEXT, "127.0.0.1",
            "The address every port listens on: 127.0.0.1 is this machine only, 0.0.0.0 lets other machines in."),
    TELNET_PORT("telnet-port", Kind.PORT, "4000",
            "The telnet port; 0 picks a free one."),
    SSH_PORT("ssh-port", Kind.PORT, "2222",
            "The SSH port; 0 picks a free one."),
    WEB_PORT("web-port", Kind.OPTIONAL_PORT, "8080",
            "The web client's port (its page and its WebSocket), or off; 0 picks a free one."),
    WEB_TLS("web-tls", Kind.YES_NO, "false",
            "Whether the web client is served over HTTPS (its WebSocket as wss) with the certificate of"
                    + " tls-certificate and tls-key, or the self-signed one; tls-port need not be on."),
    TLS_PORT("tls-port", Kind.OPTIONAL_PORT, "off",
            "The port for telnet inside TLS (4443 by convention), or off; 0 picks a free one."),
    TLS_CERTIFICATE("tls-certificate", Kind.FILE, "",
            "The TLS certificate chain in PEM, such as a Let's Encrypt fullchain.pem; empty means a self-signed"
                    + " certificate made in the data folder on the first start, its fingerprint logged."),
    TLS_KEY("tls-key", Kind.FILE, "",
            "The private key of tls-certificate in PEM (PKCS#8, RSA or EC), such as a Let's Encrypt privkey.pem;"
                    + " both files are read again when they change."),
    DATABASE("database", Kind.TEXT, "",
            "A JDBC URL such as jdbc:postgresql://db.example/brass; empty means the embedded H2 database in the"
                    + " data folder."),
    DATABASE_USER("database-user", Kind.TEXT, "sa",
            "The user for database; for the embedded H2 database, an admin of it."),
    DATABASE_PASSWORD("database-password", Kind.TEXT, "",
            "The password for database."),
    CHECKPOINT_EVERY("checkpoint-every", Kind.DURATION, "1s",
            "How often the world's state is saved."),
    IDLE_TIMEOUT("idle-timeout", Kind.DURATION, "30m",
            "Silent players are warned at half of it and disconnected at the end."),
    LINK_DEAD_GRACE("link-dead-grace", Kind.DURATION, "2m",
            "A character whose connection dropped stays this long, so its player can come back into it."),
    LOGIN_TIMEOUT("login-timeout", Kind.DURATION, "1m",
            "A connection that is not in the game this long after connecting is told so and closed."),
    MAX_CONNECTIONS_PER_IP("max-connections-per-ip", Kind.COUNT, "20",
            "The open connections one address may have, all ports together (an IPv6 address counts by its /64);"
                    + " it must not exceed max-connections."),
    MAX_CONNECTIONS("max-connections", Kind.COUNT, "10000",
            "The open connections the server takes in all, all ports together."),
    HICCUPS_FOR_EVERYONE("hiccups-for-everyone", Kind.YES_NO, "true",
            "Whether anyone watching the terrarium may stall the game loop with h (the demo's point);"
                    + " false lets only builders and admins."),
    LAG_WARN("lag-warn", Kind.DURATION, "100ms",
            "A game-loop stall longer than this is logged as a warning."),
    STATUS_EVERY("status-every", Kind.DURATION, "5m",
            "How often the status figures (players, commands a second, loop lag, memory) are logged as one"
                    + " line; 0s means never."),
    MEMORY("memory", Kind.TEXT, "1g",
            "The Java heap bin/brass gives the server (-Xmx), such as 512m or 2g: the heap, and so the resident"
                    + " memory, stays near it instead of growing toward a quarter of the machine."
                    + " BRASS_JAVA_OPTS, when set, replaces it."),
    PASSWORD_ITERATIONS("password-iterations", Kind.COUNT, "600000",
            "The PBKDF2 iterations a new or changed password is hashed with (OWASP's figure). Lower it only"
                    + " on a benchmark server that must create thousands of characters: the server warns at"
                    + " every start while it is below 600000."),
    IO_THREADS("io-threads", Kind.THREADS, "auto",
            "The threads that read and write the connections of each telnet and web listener; auto is one a"
                    + " processor (Netty's own default of two a processor leaves the game loop less).");

    /** What a setting's value is, which says how it is read and what a wrong one is told. */
    public enum Kind {
        /** A folder, relative to the file it is written in. */
        FOLDER,
        /** A file, relative to the file it is written in; empty means none. */
        FILE,
        /** Any text. */
        TEXT,
        /** 0 to 65535. */
        PORT,
        /** A port, or {@code off}. */
        OPTIONAL_PORT,
        /** A whole number of 1 or more. */
        COUNT,
        /** {@code 100ms}, {@code 2s}, {@code 5m}, {@code 1h}. */
        DURATION,
        /** {@code true} or {@code false}. */
        YES_NO,
        /** A whole number of 1 or more, or {@code auto}: one a processor. */
        THREADS
    }

    private final String key;
    private final Kind kind;
    private final String defaultValue;
    private final String description;

    Setting(String key, Kind kind, String defaultValue, String description) {
        this.key = key;
        this.kind = kind;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    /** The key in {@code brass.yaml}. */
    public String key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }

    /** The default as it would be written in {@code brass.yaml}; empty for none. */
    public String defaultValue() {
        return defaultValue;
    }

    /** What the setting does, in whole sentences. */
    public String description() {
        return description;
    }

    /** Every key, in the order the documents list them. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(Setting::key).toList();
    }

    public static Optional<Setting> byKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
