package brass.protocols.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import brass.engine.reactor.EventLoopReactor;
import brass.protocols.account.InMemoryAccountStore;
import brass.protocols.account.PasswordHasher;
import brass.protocols.play.Lobby;
import brass.protocols.play.PlaySettings;
import brass.world.demo.DemoWorld;
import brass.world.game.Game;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The host key is the same on every start, or the server does not start: never a throwaway key,
 * never a key file replaced. Tests run as root in CI, and root reads and writes whatever the
 * permission bits say; so the refusals are driven by what fails for root too (a file that is not a
 * key, a folder where the key should be, a file where its folder should be), and the one case only
 * an ordinary user can see (a key file it may not read) is skipped, saying why, when run as root.
 */
class HostKeyTest {

    private static final String KEPT = ": it is kept as it is, so that players' clients go on trusting this server;"
            + " restore it from a backup, or move it aside to make a new key (clients will then warn that the host"
            + " key changed)";

    @TempDir
    Path dir;

    private EventLoopReactor reactor;
    private Lobby lobby;

    @BeforeEach
    void start() throws Exception {
        reactor = new EventLoopReactor().start();
        CompletableFuture<Lobby> made = new CompletableFuture<>();
        reactor.execute(() -> made.complete(new Lobby(new Game(DemoWorld.create(), reactor), new InMemoryAccountStore(),
                new PasswordHasher(1_000), PlaySettings.defaults())));
        lobby = made.get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() throws Exception {
        reactor.shutdown().get(10, TimeUnit.SECONDS);
    }

    private SshGameServer server(Path keyFile) {
        return new SshGameServer(reactor, lobby, SshGameServer.Settings.defaults(keyFile).withPort(0));
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    @Test
    void aNewKeyIsStoredForItsOwnerOnlyAndIsTheSameOnEveryStart() throws Exception {
        Path key = dir.resolve("data/ssh_host_key");
        SshGameServer first = server(key).start();
        String fingerprint = first.hostKeyFingerprint();
        first.close();
        assertThat(Files.getPosixFilePermissions(key)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        try (var leftovers = Files.list(key.getParent())) {
            assertThat(leftovers.map(p -> p.getFileName().toString()).toList()).containsExactly("ssh_host_key");
        }
        SshGameServer second = server(key).start();
        assertThat(second.hostKeyFingerprint()).isEqualTo(fingerprint).startsWith("SHA256:");
        second.close();
    }

    @Test
    void aKeyMadeByEarlierVersionsIsStillRead() throws Exception {
        Path key = dir.resolve("ssh_host_key");
        SimpleGeneratorHostKeyProvider mina = new SimpleGeneratorHostKeyProvider(key);
        mina.setAlgorithm(KeyUtils.EC_ALGORITHM);
        mina.setKeySize(256);
        KeyPair before = mina.loadKeys(null).get(0);
        assertThat(KeyUtils.getFingerPrint(HostKey.loadOrCreate(key).getPublic()))
                .isEqualTo(KeyUtils.getFingerPrint(before.getPublic()));
    }

    @Test
    void aFileThatIsNotAKeyRefusesTheStartAndIsKept() throws Exception {
        Path key = dir.resolve("ssh_host_key");
        byte[] garbage = "this is not a key\n".getBytes(StandardCharsets.US_ASCII);
        Files.write(key, garbage);
        assertThatThrownBy(() -> server(key).start()).isInstanceOf(IOException.class)
                .hasMessage("the SSH host key " + key + " holds no key" + KEPT);
        assertThat(Files.readAllBytes(key)).isEqualTo(garbage);

        Files.write(key, new byte[0]);
        assertThatThrownBy(() -> server(key).start()).isInstanceOf(IOException.class)
                .hasMessage("cannot read the SSH host key " + key + " (File " + key + " is not a host key)" + KEPT);
        assertThat(Files.size(key)).isZero();
    }

    @Test
    void aDamagedKeyRefusesTheStartAndIsKept() throws Exception {
        Path key = dir.resolve("ssh_host_key");
        HostKey.loadOrCreate(key);
        String text = Files.readString(key, StandardCharsets.US_ASCII);
        // The same armour, a body cut short: the shape of a key, not a key.
        String damaged = text.substring(0, text.indexOf('\n') + 40) + "\n" + text.substring(text.lastIndexOf("-----END"));
        Files.writeString(key, damaged, StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> server(key).start()).isInstanceOf(IOException.class)
                // MINA's reason depends on where the random key's bytes were cut; the frame is ours.
                .hasMessageStartingWith("cannot read the SSH host key " + key + " (")
                .hasMessageEndingWith(")" + KEPT);
        assertThat(Files.readString(key, StandardCharsets.US_ASCII)).isEqualTo(damaged);
    }

    @Test
    void aFolderWhereTheKeyShouldBeRefusesTheStart() throws Exception {
        Path key = dir.resolve("ssh_host_key");
        Files.createDirectories(key);
        assertThatThrownBy(() -> server(key).start()).isInstanceOf(IOException.class)
                .hasMessage("the SSH host key " + key + " is not a file (a folder of that name is in the way)" + KEPT);
        assertThat(Files.isDirectory(key)).isTrue();
    }

    @Test
    void aKeyThatCannotBeStoredRefusesTheStart() throws Exception {
        // A file where the key's folder should be: fails for root as for anyone.
        Path notAFolder = dir.resolve("data");
        Files.writeString(notAFolder, "a file");
        Path key = notAFolder.resolve("ssh_host_key");
        assertThatThrownBy(() -> server(key).start()).isInstanceOf(IOException.class)
                .hasMessageStartingWith("cannot store the new SSH host key in " + key + ": ")
                .hasMessageEndingWith(" (without a stored key, every restart would show players a new fingerprint)");
    }

    @Test
    void aKeyFileTheServerMayNotReadRefusesTheStart() throws Exception {
        if (root()) {
            System.out.println("HostKeyTest: running as root, which reads files whatever their permission bits say;"
                    + " an unreadable key file cannot be made, so this case is skipped (the same refusal is covered"
                    + " by the key files that hold no key or are folders)");
        }
        Assumptions.assumeFalse(root(), "root ignores permission bits");
        Path key = dir.resolve("ssh_host_key");
        HostKey.loadOrCreate(key);
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("---------"));
        assertThatThrownBy(() -> server(key).start()).isInstanceOf(IOException.class)
                .hasMessage("cannot read the SSH host key " + key + " (permission denied)" + KEPT);
    }
}
