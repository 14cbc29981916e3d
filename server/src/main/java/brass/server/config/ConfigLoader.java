package brass.server.config;

import brass.net.IoThreads;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
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

    /** The keys {@code brass.yaml} understands ({@link Setting}'s); the same names as the flags, without dashes. */
    public static final List<String> KEYS = Setting.keys();

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

    /**
     * The settings given on the command line; null means "not given".
     *
     * @param webPort a port number (0 picks a free one), or {@code off} for no web client
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
        Map<Setting, Object> fromFile = new EnumMap<>(Setting.class);
        if (file != null && Files.isRegularFile(file)) {
            fromFile = readFile(file);
        } else if (required) {
            throw new ConfigException(file + ": no such config file");
        }
        Path baseForFile = file == null || file.toAbsolutePath().getParent() == null
                ? Path.of("") : file.toAbsolutePath().getParent();
        Map<Setting, Object> given = fromFile;
        Values v = setting -> given.containsKey(setting)
                ? resolved(given.get(setting), baseForFile) : resolved(defaultOf(setting), home);
        Path data = pick(flags.data(), v.path(Setting.DATA));
        Path world = pick(flags.world(), v.path(Setting.WORLD));
        String bind = pick(flags.bind(), v.text(Setting.BIND));
        int telnet = pick(flags.telnetPort(), v.number(Setting.TELNET_PORT));
        int ssh = pick(flags.sshPort(), v.number(Setting.SSH_PORT));
        int tls = v.number(Setting.TLS_PORT);
        int web = flags.webPort() == null ? v.number(Setting.WEB_PORT) : webPortFlag(flags.webPort());
        Path certificate = v.path(Setting.TLS_CERTIFICATE);
        Path key = v.path(Setting.TLS_KEY);
        Duration checkpointEvery = v.duration(Setting.CHECKPOINT_EVERY);
        Duration idle = v.duration(Setting.IDLE_TIMEOUT);
        Duration loginTimeout = v.duration(Setting.LOGIN_TIMEOUT);
        int perIp = v.number(Setting.MAX_CONNECTIONS_PER_IP);
        int inAll = v.number(Setting.MAX_CONNECTIONS);
        checkPort("--telnet-port", telnet);
        checkPort("--ssh-port", ssh);
        if (tls != ServerConfig.TLS_OFF) {
            checkPort("tls-port", tls);
        }
        if (web != ServerConfig.WEB_OFF) {
            checkPort("--web-port", web);
        }
        String memory = v.text(Setting.MEMORY);
        if (!memory.matches("[0-9]{1,6}[mMgG]")) {
            throw new ConfigException("memory: '" + memory + "' is not a heap size such as 512m or 2g");
        }
        if (bind.isBlank()) {
            throw new ConfigException("--bind: an address is required, e.g. 127.0.0.1 or 0.0.0.0");
        }
        if (telnet != 0 && telnet == ssh) {
            throw new ConfigException("--telnet-port and --ssh-port are both " + telnet + ": they must differ");
        }
        if (tls > 0 && (tls == telnet || tls == ssh)) {
            throw new ConfigException("tls-port is " + tls + ", the same as the " + (tls == telnet ? "telnet" : "SSH")
                    + " port: they must differ");
        }
        if ((certificate == null) != (key == null)) {
            throw new ConfigException(certificate == null
                    ? "tls-key is set but tls-certificate is not: give both files, or neither for a self-signed certificate"
                    : "tls-certificate is set but tls-key is not: give both files, or neither for a self-signed certificate");
        }
        if (web > 0 && (web == telnet || web == ssh || web == tls)) {
            throw new ConfigException("--web-port is " + web + ", as "
                    + (web == telnet ? "--telnet-port" : web == ssh ? "--ssh-port" : "tls-port") + " is: they must differ");
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
        return new ServerConfig(data.normalize(), world.normalize(), bind, telnet, ssh,
                v.duration(Setting.LAG_WARN), v.duration(Setting.STATUS_EVERY), v.text(Setting.DATABASE),
                v.text(Setting.DATABASE_USER), v.text(Setting.DATABASE_PASSWORD), idle,
                v.duration(Setting.LINK_DEAD_GRACE), checkpointEvery, v.yesNo(Setting.HICCUPS_FOR_EVERYONE),
                loginTimeout, perIp, inAll, tls, certificate == null ? null : certificate.normalize(),
                key == null ? null : key.normalize(), web,
                v.yesNo(Setting.WEB_TLS), v.number(Setting.PASSWORD_ITERATIONS), v.number(Setting.IO_THREADS));
    }

    /** Each setting's value: from the file if it is there, else its default. */
    @FunctionalInterface
    private interface Values {
        Object get(Setting setting);

        default Path path(Setting s) {
            return (Path) get(s);
        }

        default String text(Setting s) {
            return (String) get(s);
        }

        default int number(Setting s) {
            return (Integer) get(s);
        }

        default Duration duration(Setting s) {
            return (Duration) get(s);
        }

        default boolean yesNo(Setting s) {
            return (Boolean) get(s);
        }
    }

    /** A relative folder or file is relative to {@code base}; other values are as read. */
    private static Object resolved(Object value, Path base) {
        return value instanceof Path p ? base.resolve(p) : value;
    }

    /** A setting's default, read from {@link Setting#defaultValue()} as a value in the file is read. */
    private static Object defaultOf(Setting setting) {
        Object value = parse(setting, setting.defaultValue());
        if (value instanceof Problem problem) {
            throw new IllegalStateException(setting.key() + ": its default " + problem.text());
        }
        return value;
    }

    /** Why a value cannot be used, to follow "'KEY' " in a message. */
    private record Problem(String text) {
    }

    /**
     * A value as written in the file: a {@link Path}, text, an {@link Integer}, a {@link Duration}
     * or a {@link Boolean} as its kind says; null for an empty file setting; or the {@link Problem}.
     */
    private static Object parse(Setting setting, String raw) {
        String key = setting.key();
        return switch (setting.kind()) {
            case PORT -> port(raw);
            case OPTIONAL_PORT -> raw.equals("off") ? (Object) ServerConfig.PORT_OFF : port(raw) instanceof Integer n ? n
                    : new Problem("must be a port number or off, not '" + raw + "'");
            case COUNT -> count(raw, "must be a whole number of 1 or more, not '" + raw + "'");
            case THREADS -> raw.equals("auto") ? (Object) IoThreads.defaultCount()
                    : count(raw, "must be a whole number of 1 or more, or auto, not '" + raw + "'");
            case YES_NO -> raw.equals("true") || raw.equals("false") ? (Object) Boolean.parseBoolean(raw)
                    : new Problem("must be true or false, not '" + raw + "'");
            case DURATION -> parseDuration(raw).<Object>map(d -> d)
                    .orElse(new Problem("must be a duration such as 100ms, 2s or 5m, not '" + raw + "'"));
            case FOLDER -> raw.isEmpty() ? new Problem("is empty") : Path.of(raw);
            case FILE -> raw.isEmpty() ? null : Path.of(raw);
            case TEXT -> raw.isEmpty() && !setting.defaultValue().isEmpty() ? new Problem("is empty") : raw;
        };
    }

    private static Object count(String raw, String problem) {
        try {
            int n = Integer.parseInt(raw);
            return n >= 1 ? n : new Problem(problem);
        } catch (NumberFormatException e) {
            return new Problem(problem);
        }
    }

    private static Object port(String raw) {
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            return new Problem("must be a port number, not '" + raw + "'");
        }
    }

    private static <T> T pick(T flag, T fallback) {
        return flag != null ? flag : fallback;
    }

    private static void checkPort(String name, int port) throws ConfigException {
        if (port < 0 || port > 65535) {
            throw new ConfigException(name + ": " + port + " is not a port (0 to 65535; 0 picks a free one)");
        }
    }

    /** {@code --web-port} as written on the command line: read as {@code web-port} in the file is. */
    private static int webPortFlag(String raw) throws ConfigException {
        if (parse(Setting.WEB_PORT, raw) instanceof Integer port) {
            return port;
        }
        throw new ConfigException("--web-port: must be a port number or off, not '" + raw + "'");
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

    private static Map<Setting, Object> readFile(Path file) throws ConfigException {
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
        Map<Setting, Object> values = new EnumMap<>(Setting.class);
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
            Setting setting = Setting.byKey(key).orElseThrow();
            Object value = parse(setting, raw);
            if (value instanceof Problem problem) {
                problems.add(at(file, valueNode) + ": error: '" + key + "' " + problem.text());
            } else {
                values.put(setting, value);
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
