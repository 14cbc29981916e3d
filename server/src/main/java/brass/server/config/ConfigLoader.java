package brass.server.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads {@code brass.yaml} and merges it with the defaults and the command-line flags.
 *
 * <p>The file is read node by node (not into a map) so that every problem names
 * {@code file:line:column}. Every problem in the file is reported at once.
 */
public final class ConfigLoader {

    /** The keys {@code brass.yaml} understands; the same names as the flags, without dashes. */
    public static final List<String> KEYS = List.of(
            "data", "world", "bind", "telnet-port", "ssh-port", "lag-warn", "status-every",
            "database", "database-user", "database-password", "idle-timeout", "link-dead-grace",
            "checkpoint-every", "hiccups-for-everyone", "login-timeout", "max-connections-per-ip", "max-connections",
            "web-port");

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

    /**
     * The settings given on the command line; null means "not given".
     *
     * @param webPort a port number, or {@code off} (as {@code 0}) for no web client
     */
    public record Overrides(Path data, Path world, String bind, Integer telnetPort, Integer sshPort, String webPort) {

        public Overrides(Path data, Path world, String bind, Integer telnetPort, Integer sshPort) {
            this(data, world, bind, telnetPort, sshPort, null);
        }

        public static Overrides none() {
            return new Overrides(null, null, null, null, null, null);
        }
    }

    private ConfigLoader() {
    }

    /**
     * Merges defaults (relative to {@code home}), the optional config file, and the overrides.
     *
     * @param file the config file; absent is fine unless {@code required}
     */
    public static ServerConfig load(Path home, Path file, boolean required, Overrides flags) throws ConfigException {
        ServerConfig d = ServerConfig.defaults(home);
        Map<String, Object> fromFile = new LinkedHashMap<>();
        if (file != null && Files.isRegularFile(file)) {
            fromFile = readFile(file);
        } else if (required) {
            throw new ConfigException(file + ": no such config file");
        }
        Path baseForFile = file == null || file.toAbsolutePath().getParent() == null
                ? Path.of("") : file.toAbsolutePath().getParent();
        Path data = pick(flags.data(), pathFrom(fromFile.get("data"), baseForFile), d.dataDir());
        Path world = pick(flags.world(), pathFrom(fromFile.get("world"), baseForFile), d.worldDir());
        String bind = pick(flags.bind(), (String) fromFile.get("bind"), d.bind());
        int telnet = pick(flags.telnetPort(), (Integer) fromFile.get("telnet-port"), d.telnetPort());
        int ssh = pick(flags.sshPort(), (Integer) fromFile.get("ssh-port"), d.sshPort());
        Integer webFlag = flags.webPort() == null ? null : webPort("--web-port", flags.webPort())
                .orElseThrow(() -> new ConfigException("--web-port: " + webPortProblem(flags.webPort())));
        int web = pick(webFlag, (Integer) fromFile.get("web-port"), d.webPort());
        Duration lagWarn = pick(null, (Duration) fromFile.get("lag-warn"), d.lagWarn());
        Duration statusEvery = pick(null, (Duration) fromFile.get("status-every"), d.statusEvery());
        Duration idle = pick(null, (Duration) fromFile.get("idle-timeout"), d.idleTimeout());
        Duration grace = pick(null, (Duration) fromFile.get("link-dead-grace"), d.linkDeadGrace());
        Duration checkpointEvery = pick(null, (Duration) fromFile.get("checkpoint-every"), d.checkpointEvery());
        boolean hiccups = pick(null, (Boolean) fromFile.get("hiccups-for-everyone"), d.hiccupsForEveryone());
        Duration loginTimeout = pick(null, (Duration) fromFile.get("login-timeout"), d.loginTimeout());
        int perIp = pick(null, (Integer) fromFile.get("max-connections-per-ip"), d.maxConnectionsPerIp());
        int inAll = pick(null, (Integer) fromFile.get("max-connections"), d.maxConnections());
        String database = pick(null, (String) fromFile.get("database"), d.database());
        String dbUser = pick(null, (String) fromFile.get("database-user"), d.databaseUser());
        String dbPassword = pick(null, (String) fromFile.get("database-password"), d.databasePassword());
        checkPort("--telnet-port", telnet);
        checkPort("--ssh-port", ssh);
        if (bind.isBlank()) {
            throw new ConfigException("--bind: an address is required, e.g. 127.0.0.1 or 0.0.0.0");
        }
        if (telnet != 0 && telnet == ssh) {
            throw new ConfigException("--telnet-port and --ssh-port are both " + telnet + ": they must differ");
        }
        if (web > 0 && (web == telnet || web == ssh)) {
            throw new ConfigException("--web-port is " + web + ", as --" + (web == telnet ? "telnet" : "ssh")
                    + "-port is: they must differ");
        }
        if (checkpointEvery.isZero()) {
            throw new ConfigException("checkpoint-every: must be longer than zero");
        }
        if (idle.isZero()) {
            throw new ConfigException("idle-timeout: must be longer than zero");
        }
        if (loginTimeout.isZero()) {
            throw new ConfigException("login-timeout: must be longer than zero");
        }
        if (perIp > inAll) {
            throw new ConfigException("max-connections-per-ip (" + perIp + ") is more than max-connections (" + inAll
                    + "): one address could take every place");
        }
        return new ServerConfig(data.normalize(), world.normalize(), bind, telnet, ssh, lagWarn, statusEvery,
                database, dbUser, dbPassword, idle, grace, checkpointEvery, hiccups, loginTimeout, perIp, inAll, web);
    }

    private static <T> T pick(T flag, T file, T fallback) {
        return flag != null ? flag : file != null ? file : fallback;
    }

    private static Path pathFrom(Object value, Path base) {
        return value == null ? null : base.resolve((String) value);
    }

    private static void checkPort(String name, int port) throws ConfigException {
        if (port < 0 || port > 65535) {
            throw new ConfigException(name + ": " + port + " is not a port (0 to 65535; 0 picks a free one)");
        }
    }

    /** A web port as written: a port number, or {@code off} or {@code 0} for none ({@link ServerConfig#WEB_OFF}). */
    static Optional<Integer> webPort(String name, String raw) {
        String v = raw.trim().toLowerCase(Locale.ROOT);
        if (v.equals("off") || v.equals("0")) {
            return Optional.of(ServerConfig.WEB_OFF);
        }
        try {
            int port = Integer.parseInt(v);
            return port >= 1 && port <= 65535 ? Optional.of(port) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String webPortProblem(String raw) {
        return "must be a port number (1 to 65535), or off (or 0) for no web client, not '" + raw + "'";
    }

    /** Parses a duration such as {@code 100ms}, {@code 2s}, {@code 5m}, {@code 1h}. */
    public static Optional<Duration> parseDuration(String text) {
        Matcher m = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        long n = Long.parseLong(m.group(1));
        return Optional.of(switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofHours(n);
        });
    }

    private static Map<String, Object> readFile(Path file) throws ConfigException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read: " + e.getMessage());
        }
        LoadSettings settings = LoadSettings.builder().setLabel(file.toString()).build();
        Node root;
        try {
            Composer composer = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, text)));
            root = composer.getSingleNode().orElse(null);
        } catch (MarkedYamlEngineException e) {
            String where = e.getProblemMark().map(m -> file + ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1))
                    .orElse(file.toString());
            throw new ConfigException(where + ": error: not valid YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            throw new ConfigException(file + ": error: not valid YAML: " + e.getMessage());
        }
        Map<String, Object> values = new LinkedHashMap<>();
        if (root == null) {
            return values;
        }
        List<String> problems = new ArrayList<>();
        if (!(root instanceof MappingNode mapping)) {
            throw new ConfigException(at(file, root) + ": error: expected settings as 'key: value' lines");
        }
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            Node valueNode = tuple.getValueNode();
            String key = keyNode instanceof ScalarNode s ? s.getValue() : null;
            if (key == null || !KEYS.contains(key)) {
                problems.add(at(file, keyNode) + ": error: unknown setting '" + key + "'"
                        + suggest(key) + " (known: " + String.join(", ", KEYS) + ")");
                continue;
            }
            if (!(valueNode instanceof ScalarNode scalar)) {
                problems.add(at(file, valueNode) + ": error: '" + key + "' needs a single value");
                continue;
            }
            String raw = scalar.getValue().trim();
            switch (key) {
                case "telnet-port", "ssh-port" -> {
                    try {
                        values.put(key, Integer.parseInt(raw));
                    } catch (NumberFormatException e) {
                        problems.add(at(file, valueNode) + ": error: '" + key + "' must be a port number, not '" + raw + "'");
                    }
                }
                case "web-port" -> webPort(key, raw).ifPresentOrElse(v -> values.put(key, v),
                        () -> problems.add(at(file, valueNode) + ": error: 'web-port' " + webPortProblem(raw)));
                case "max-connections-per-ip", "max-connections" -> {
                    try {
                        int n = Integer.parseInt(raw);
                        if (n < 1) {
                            throw new NumberFormatException();
                        }
                        values.put(key, n);
                    } catch (NumberFormatException e) {
                        problems.add(at(file, valueNode) + ": error: '" + key + "' must be a whole number of 1 or more, not '"
                                + raw + "'");
                    }
                }
                case "hiccups-for-everyone" -> {
                    if (raw.equals("true") || raw.equals("false")) {
                        values.put(key, Boolean.parseBoolean(raw));
                    } else {
                        problems.add(at(file, valueNode) + ": error: '" + key + "' must be true or false, not '" + raw + "'");
                    }
                }
                case "lag-warn", "status-every", "idle-timeout", "link-dead-grace", "checkpoint-every",
                     "login-timeout" -> parseDuration(raw).ifPresentOrElse(
                        v -> values.put(key, v),
                        () -> problems.add(at(file, valueNode) + ": error: '" + key
                                + "' must be a duration such as 100ms, 2s or 5m, not '" + raw + "'"));
                default -> {
                    if (raw.isEmpty()) {
                        problems.add(at(file, valueNode) + ": error: '" + key + "' is empty");
                    } else {
                        values.put(key, raw);
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(String.join(System.lineSeparator(), problems));
        }
        return values;
    }

    private static String suggest(String key) {
        if (key == null) {
            return "";
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : KEYS) {
            int d = distance(key.toLowerCase(Locale.ROOT), k);
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return bestDistance <= Math.max(2, key.length() / 3) ? "; did you mean '" + best + "'?" : "";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static String at(Path file, Node node) {
        return node.getStartMark()
                .map(m -> file + ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1))
                .orElse(file.toString());
    }
}
