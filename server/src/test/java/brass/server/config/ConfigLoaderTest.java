package brass.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    private Path yaml(String text) throws Exception {
        Path f = dir.resolve("brass.yaml");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void defaultsWithoutAFile() throws Exception {
        ServerConfig c = ConfigLoader.load(dir, dir.resolve("absent.yaml"), false, ConfigLoader.Overrides.none());
        assertThat(c.telnetPort()).isEqualTo(4000);
        assertThat(c.sshPort()).isEqualTo(2222);
        assertThat(c.bind()).isEqualTo("127.0.0.1");
        assertThat(c.dataDir()).isEqualTo(dir.resolve("data"));
        assertThat(c.worldDir()).isEqualTo(dir.resolve("worlds/default"));
    }

    @Test
    void fileOverridesDefaultsAndFlagsOverrideTheFile() throws Exception {
        Path f = yaml("telnet-port: 5000\nssh-port: 5022\nbind: 0.0.0.0\nworld: myworld\nlag-warn: 250ms\n");
        ServerConfig fromFile = ConfigLoader.load(dir, f, true, ConfigLoader.Overrides.none());
        assertThat(fromFile.telnetPort()).isEqualTo(5000);
        assertThat(fromFile.bind()).isEqualTo("0.0.0.0");
        assertThat(fromFile.worldDir()).isEqualTo(dir.resolve("myworld"));
        assertThat(fromFile.lagWarn()).isEqualTo(Duration.ofMillis(250));

        ServerConfig flags = ConfigLoader.load(dir, f, true,
                new ConfigLoader.Overrides(null, null, "127.0.0.2", 6000, null));
        assertThat(flags.telnetPort()).isEqualTo(6000);
        assertThat(flags.sshPort()).isEqualTo(5022);
        assertThat(flags.bind()).isEqualTo("127.0.0.2");
    }

    @Test
    void everyProblemInTheFileIsReportedWithItsPosition() throws Exception {
        Path f = yaml("telnet-prot: 5\nssh-port: abc\nlag-warn: soon\n");
        assertThatThrownBy(() -> ConfigLoader.load(dir, f, true, ConfigLoader.Overrides.none()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(f + ":1:1: error: unknown setting 'telnet-prot'; did you mean 'telnet-port'?")
                .hasMessageContaining(f + ":2:11: error: 'ssh-port' must be a port number, not 'abc'")
                .hasMessageContaining(f + ":3:11: error: 'lag-warn' must be a duration");
    }

    @Test
    void connectionLimitsAndTheLoginTimeoutHaveSaneDefaultsAndAreSettings() throws Exception {
        ServerConfig d = ConfigLoader.load(dir, null, false, ConfigLoader.Overrides.none());
        assertThat(d.loginTimeout()).isEqualTo(Duration.ofMinutes(1));
        assertThat(d.maxConnectionsPerIp()).isEqualTo(20);
        assertThat(d.maxConnections()).isEqualTo(10_000);
        Path f = yaml("login-timeout: 45s\nmax-connections-per-ip: 5\nmax-connections: 300\n");
        ServerConfig c = ConfigLoader.load(dir, f, true, ConfigLoader.Overrides.none());
        assertThat(c.loginTimeout()).isEqualTo(Duration.ofSeconds(45));
        assertThat(c.maxConnectionsPerIp()).isEqualTo(5);
        assertThat(c.maxConnections()).isEqualTo(300);
    }

    @Test
    void ioThreadsAreOneAProcessorUnlessSet() throws Exception {
        assertThat(ConfigLoader.load(dir, null, false, ConfigLoader.Overrides.none()).ioThreads())
                .isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(ConfigLoader.load(dir, yaml("io-threads: auto\n"), true, ConfigLoader.Overrides.none()).ioThreads())
                .isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(ConfigLoader.load(dir, yaml("io-threads: 3\n"), true, ConfigLoader.Overrides.none()).ioThreads())
                .isEqualTo(3);
        Path zero = yaml("io-threads: 0\n");
        assertThatThrownBy(() -> ConfigLoader.load(dir, zero, true, ConfigLoader.Overrides.none()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(zero + ":1:13: error: 'io-threads' must be a whole number of 1 or more, or auto, not '0'");
        Path many = yaml("io-threads: many\n");
        assertThatThrownBy(() -> ConfigLoader.load(dir, many, true, ConfigLoader.Overrides.none()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(many + ":1:13: error: 'io-threads' must be a whole number of 1 or more, or auto, not 'many'");
    }

    @Test
    void theHeapTheLauncherGivesIsASizeOrRefused() throws Exception {
        ConfigLoader.load(dir, yaml("memory: 512m\n"), true, ConfigLoader.Overrides.none());
        ConfigLoader.load(dir, yaml("memory: 2G\n"), true, ConfigLoader.Overrides.none());
        Path lots = yaml("memory: lots\n");
        assertThatThrownBy(() -> ConfigLoader.load(dir, lots, true, ConfigLoader.Overrides.none()))
                .hasMessage("memory: 'lots' is not a heap size such as 512m or 2g");
    }

    @Test
    void badConnectionLimitsAreRefused() throws Exception {
        Path f = yaml("max-connections-per-ip: 0\nmax-connections: many\nlogin-timeout: never\n");
        assertThatThrownBy(() -> ConfigLoader.load(dir, f, true, ConfigLoader.Overrides.none()))
                .hasMessageContaining(f + ":1:25: error: 'max-connections-per-ip' must be a whole number of 1 or more, not '0'")
                .hasMessageContaining(f + ":2:18: error: 'max-connections' must be a whole number of 1 or more, not 'many'")
                .hasMessageContaining(f + ":3:16: error: 'login-timeout' must be a duration such as 100ms, 2s or 5m, not 'never'");
        Path more = yaml("max-connections-per-ip: 50\nmax-connections: 10\n");
        assertThatThrownBy(() -> ConfigLoader.load(dir, more, true, ConfigLoader.Overrides.none()))
                .hasMessage("max-connections-per-ip (50) is more than max-connections (10): one address could take every place");
        Path zero = yaml("login-timeout: 0s\n");
        assertThatThrownBy(() -> ConfigLoader.load(dir, zero, true, ConfigLoader.Overrides.none()))
                .hasMessage("login-timeout: must be longer than zero");
    }

    @Test
    void theWebClientIsOn8080ByDefaultOnAnotherPortOrOff() throws Exception {
        ServerConfig d = ConfigLoader.load(dir, null, false, ConfigLoader.Overrides.none());
        assertThat(d.webPort()).isEqualTo(8080);
        assertThat(d.webEnabled()).isTrue();
        assertThat(ConfigLoader.load(dir, yaml("web-port: 8443\n"), true, ConfigLoader.Overrides.none()).webPort())
                .isEqualTo(8443);
        ServerConfig off = ConfigLoader.load(dir, yaml("web-port: off\n"), true, ConfigLoader.Overrides.none());
        assertThat(off.webPort()).isEqualTo(ServerConfig.WEB_OFF);
        assertThat(off.webEnabled()).isFalse();
        // As for every other port, 0 picks a free one.
        ServerConfig free = ConfigLoader.load(dir, yaml("web-port: 0\n"), true, ConfigLoader.Overrides.none());
        assertThat(free.webPort()).isZero();
        assertThat(free.webEnabled()).isTrue();
        assertThat(d.webTls()).isFalse();
        ServerConfig https = ConfigLoader.load(dir, yaml("web-tls: true\n"), true, ConfigLoader.Overrides.none());
        assertThat(https.webTls()).isTrue();
        assertThat(https.tlsNeeded()).isTrue();
        assertThat(https.tlsOn()).isFalse();
        ServerConfig httpsOff = ConfigLoader.load(dir, yaml("web-tls: true\nweb-port: off\n"), true,
                ConfigLoader.Overrides.none());
        assertThat(httpsOff.tlsNeeded()).isFalse();
        // The flag wins over the file.
        ServerConfig flag = ConfigLoader.load(dir, yaml("web-port: 8443\n"), true,
                new ConfigLoader.Overrides(null, null, null, null, null, "off"));
        assertThat(flag.webEnabled()).isFalse();
        ServerConfig other = ConfigLoader.load(dir, yaml("web-port: off\n"), true,
                new ConfigLoader.Overrides(null, null, null, null, null, "9000"));
        assertThat(other.webPort()).isEqualTo(9000);
    }

    @Test
    void aBadWebPortIsRefusedWithItsPlace() throws Exception {
        Path f = yaml("web-port: www\n");
        assertThatThrownBy(() -> ConfigLoader.load(dir, f, true, ConfigLoader.Overrides.none()))
                .hasMessage(f + ":1:11: error: 'web-port' must be a port number or off, not 'www'");
        assertThatThrownBy(() -> ConfigLoader.load(dir, null, false,
                new ConfigLoader.Overrides(null, null, null, null, null, "70000")))
                .hasMessage("--web-port: 70000 is not a port (0 to 65535; 0 picks a free one)");
        assertThatThrownBy(() -> ConfigLoader.load(dir, null, false,
                new ConfigLoader.Overrides(null, null, null, null, null, "www")))
                .hasMessage("--web-port: must be a port number or off, not 'www'");
        assertThatThrownBy(() -> ConfigLoader.load(dir, yaml("web-port: 4000\n"), true, ConfigLoader.Overrides.none()))
                .hasMessage("--web-port is 4000, as --telnet-port is: they must differ");
        assertThatThrownBy(() -> ConfigLoader.load(dir, yaml("tls-port: 4443\nweb-port: 4443\n"), true,
                ConfigLoader.Overrides.none()))
                .hasMessage("--web-port is 4443, as tls-port is: they must differ");
    }

    @Test
    void brokenYamlNamesThePlace() throws Exception {
        Path f = yaml("telnet-port: [1, 2\n");
        assertThatThrownBy(() -> ConfigLoader.load(dir, f, true, ConfigLoader.Overrides.none()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("not valid YAML");
    }

    @Test
    void portsAreChecked() {
        assertThatThrownBy(() -> ConfigLoader.load(dir, null, false,
                new ConfigLoader.Overrides(null, null, null, 70000, null)))
                .hasMessageContaining("--telnet-port: 70000 is not a port");
        assertThatThrownBy(() -> ConfigLoader.load(dir, null, false,
                new ConfigLoader.Overrides(null, null, null, 3000, 3000)))
                .hasMessageContaining("must differ");
    }

    @Test
    void aRequiredFileMustExist() {
        assertThatThrownBy(() -> ConfigLoader.load(dir, dir.resolve("nope.yaml"), true, ConfigLoader.Overrides.none()))
                .hasMessageContaining("no such config file");
    }

    @Test
    void durations() {
        assertThat(ConfigLoader.parseDuration("100ms")).contains(Duration.ofMillis(100));
        assertThat(ConfigLoader.parseDuration("2s")).contains(Duration.ofSeconds(2));
        assertThat(ConfigLoader.parseDuration("5m")).contains(Duration.ofMinutes(5));
        assertThat(ConfigLoader.parseDuration("1h")).contains(Duration.ofHours(1));
        assertThat(ConfigLoader.parseDuration("fast")).isEmpty();
    }

    @Test
    void theTlsPortIsOffUnlessSetAndItsFilesAreRelativeToTheFile() throws Exception {
        ServerConfig d = ConfigLoader.load(dir, null, false, ConfigLoader.Overrides.none());
        assertThat(d.tlsOn()).isFalse();
        assertThat(d.tlsPort()).isEqualTo(ServerConfig.TLS_OFF);
        assertThat(d.tlsCertificate()).isNull();
        Path f = yaml("tls-port: 4443\ntls-certificate: certs/fullchain.pem\ntls-key: /etc/keys/privkey.pem\n");
        ServerConfig c = ConfigLoader.load(dir.resolve("elsewhere"), f, true, ConfigLoader.Overrides.none());
        assertThat(c.tlsPort()).isEqualTo(4443);
        assertThat(c.tlsCertificate()).isEqualTo(dir.resolve("certs/fullchain.pem"));
        assertThat(c.tlsKey()).isEqualTo(Path.of("/etc/keys/privkey.pem"));
        assertThat(ConfigLoader.load(dir, yaml("tls-port: off\n"), true, ConfigLoader.Overrides.none()).tlsOn()).isFalse();
        ServerConfig selfSigned = ConfigLoader.load(dir, yaml("tls-port: 0\ntls-certificate: \"\"\n"), true,
                ConfigLoader.Overrides.none());
        assertThat(selfSigned.tlsPort()).isZero();
        assertThat(selfSigned.tlsCertificate()).isNull();
    }

    @Test
    void tlsMistakesAreRefused() throws Exception {
        Path f = yaml("tls-port: yes\n");
        assertThatThrownBy(() -> ConfigLoader.load(dir, f, true, ConfigLoader.Overrides.none()))
                .hasMessage(f + ":1:11: error: 'tls-port' must be a port number or off, not 'yes'");
        Path same = yaml("tls-port: 4000\n");
        assertThatThrownBy(() -> ConfigLoader.load(dir, same, true, ConfigLoader.Overrides.none()))
                .hasMessage("tls-port is 4000, the same as the telnet port: they must differ");
        Path high = yaml("tls-port: 70000\n");
        assertThatThrownBy(() -> ConfigLoader.load(dir, high, true, ConfigLoader.Overrides.none()))
                .hasMessage("tls-port: 70000 is not a port (0 to 65535; 0 picks a free one)");
        Path half = yaml("tls-port: 4443\ntls-certificate: fullchain.pem\n");
        assertThatThrownBy(() -> ConfigLoader.load(dir, half, true, ConfigLoader.Overrides.none()))
                .hasMessage("tls-certificate is set but tls-key is not: give both files, or neither for a self-signed"
                        + " certificate");
        Path otherHalf = yaml("tls-key: privkey.pem\n");
        assertThatThrownBy(() -> ConfigLoader.load(dir, otherHalf, true, ConfigLoader.Overrides.none()))
                .hasMessage("tls-key is set but tls-certificate is not: give both files, or neither for a self-signed"
                        + " certificate");
    }
}
