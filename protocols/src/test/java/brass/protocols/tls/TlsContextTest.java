package brass.protocols.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import brass.protocols.tls.TestPems.KeyForm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TlsContextTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(KeyForm.class)
    void readsEveryKeyFormALetsEncryptClientWrites(KeyForm form) throws Exception {
        TestPems.Pair pair = TestPems.write(dir, form, null);
        TlsContext context = TlsContext.fromPem(pair.certificate(), pair.key());
        assertThat(context.credentials().certificate()).isEqualTo(pair.written());
        assertThat(context.credentials().keyMatchesCertificate()).isTrue();
        assertThat(context.newHandler(io.netty.buffer.ByteBufAllocator.DEFAULT).engine().getUseClientMode()).isFalse();
    }

    @Test
    void aFullChainKeepsTheIntermediatesInOrder() throws Exception {
        TestPems.Pair intermediate = TestPems.write(dir.resolve("ca"), KeyForm.PKCS8_EC, null);
        TestPems.Pair pair = TestPems.write(dir, KeyForm.PKCS8_RSA, intermediate.written());
        TlsContext context = TlsContext.fromPem(pair.certificate(), pair.key());
        assertThat(context.credentials().chain()).containsExactly(pair.written(), intermediate.written());
    }

    @Test
    void whatCannotBeUsedIsSaidInOneLineNamingTheFile() throws Exception {
        TestPems.Pair pair = TestPems.write(dir, KeyForm.PKCS8_EC, null);
        Path absent = dir.resolve("absent.pem");
        assertThatThrownBy(() -> TlsContext.fromPem(absent, pair.key()))
                .isInstanceOf(TlsException.class).hasMessage(absent + ": no such file");
        assertThatThrownBy(() -> TlsContext.fromPem(pair.key(), pair.key()))
                .hasMessage(pair.key() + ": holds no certificate (expected '-----BEGIN CERTIFICATE-----', as in a"
                        + " Let's Encrypt fullchain.pem)");
        assertThatThrownBy(() -> TlsContext.fromPem(pair.certificate(), pair.certificate()))
                .hasMessage(pair.certificate() + ": holds no private key (expected '-----BEGIN PRIVATE KEY-----',"
                        + " '-----BEGIN RSA PRIVATE KEY-----' or '-----BEGIN EC PRIVATE KEY-----')");
        Path other = TestPems.write(dir.resolve("other"), KeyForm.PKCS8_EC, null).key();
        assertThatThrownBy(() -> TlsContext.fromPem(pair.certificate(), other))
                .hasMessage(other + ": this private key does not belong to the certificate in " + pair.certificate()
                        + " (a renewal written half-way, or the wrong pair of files?)");
        Path encrypted = dir.resolve("encrypted.pem");
        Files.writeString(encrypted, SelfSigned.pem(new org.bouncycastle.openssl.jcajce.JcaPKCS8Generator(
                TestPems.keys(KeyForm.PKCS8_EC).getPrivate(),
                new org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder(
                        org.bouncycastle.openssl.PKCS8Generator.AES_256_CBC)
                        .setProvider(new org.bouncycastle.jce.provider.BouncyCastleProvider()).setPassword("secret".toCharArray()).build())
                .generate()));
        assertThatThrownBy(() -> TlsContext.fromPem(pair.certificate(), encrypted))
                .hasMessage(encrypted + ": the private key is encrypted; give the server an unencrypted key it can read"
                        + " at start (and keep the file owner-only)");
    }

    @Test
    void theSelfSignedCertificateIsMadeOnceOwnerOnlyAndKept() throws Exception {
        TlsContext first = TlsContext.selfSigned(dir);
        Path key = dir.resolve(SelfSigned.KEY_FILE);
        assertThat(first.certificateFile()).isEqualTo(dir.resolve(SelfSigned.CERTIFICATE_FILE));
        assertThat(first.keyFile()).isEqualTo(key);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        assertThat(Files.readString(key)).startsWith("-----BEGIN PRIVATE KEY-----\n");
        assertThat(first.fingerprint()).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
        TlsContext again = TlsContext.selfSigned(dir);
        assertThat(again.fingerprint()).isEqualTo(first.fingerprint());
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly(SelfSigned.CERTIFICATE_FILE, SelfSigned.KEY_FILE);
        }
    }

    @Test
    void aHalfMissingSelfSignedPairIsNotReplaced() throws Exception {
        TlsContext.selfSigned(dir);
        Files.delete(dir.resolve(SelfSigned.KEY_FILE));
        assertThatThrownBy(() -> TlsContext.selfSigned(dir))
                .hasMessage(dir.resolve(SelfSigned.KEY_FILE) + ": no such file");
        assertThat(dir.resolve(SelfSigned.KEY_FILE)).doesNotExist();
    }

    @Test
    void changedFilesAreUsedFromTheNextConnectionAndBrokenOnesAreNot() throws Exception {
        TestPems.Pair pair = TestPems.write(dir, KeyForm.PKCS8_RSA, null);
        TlsContext context = TlsContext.fromPem(pair.certificate(), pair.key());
        String before = context.fingerprint();
        assertThat(context.reloadIfChanged()).isFalse();

        // A renewal caught half-way: the new certificate beside the old key.
        Path elsewhere = dir.resolve("renewed");
        TestPems.Pair renewed = TestPems.write(elsewhere, KeyForm.EC_TRADITIONAL, null);
        Files.copy(renewed.certificate(), pair.certificate(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(context.reloadIfChanged()).isFalse();
        assertThat(context.fingerprint()).isEqualTo(before);

        Files.copy(renewed.key(), pair.key(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(context.reloadIfChanged()).isTrue();
        assertThat(context.credentials().certificate()).isEqualTo(renewed.written());
        assertThat(context.fingerprint()).isNotEqualTo(before);
        assertThat(context.reloadIfChanged()).isFalse();

        Files.delete(pair.key());
        assertThat(context.reloadIfChanged()).isFalse();
        assertThat(context.credentials().certificate()).isEqualTo(renewed.written());
    }
}
