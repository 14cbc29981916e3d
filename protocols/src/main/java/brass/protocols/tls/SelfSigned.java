package brass.protocols.tls;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The certificate a server uses when the operator named none: made once, on the first start
 * with TLS on, into the data folder, and read from there on every later start, so that players
 * who accepted its fingerprint see the same one. An EC P-256 key, valid ten years, for
 * {@code localhost} and {@code 127.0.0.1}: MUD clients encrypt without checking the name.
 */
public final class SelfSigned {

    /** The certificate's file in the data folder. */
    public static final String CERTIFICATE_FILE = "tls-self-signed-certificate.pem";
    /** Its private key's file (owner-only) in the data folder. */
    public static final String KEY_FILE = "tls-self-signed-key.pem";

    private static final Duration VALID_FOR = Duration.ofDays(3650);

    /** What {@link #inFolder} found or made. */
    public record Found(Path certificate, Path key, boolean made) {
    }

    private SelfSigned() {
    }

    /**
     * The self-signed certificate's files in {@code folder}: the existing ones, or new ones made
     * now (the key written owner-only, each file moved into place whole).
     */
    public static Found inFolder(Path folder) throws TlsException {
        Path cert = folder.resolve(CERTIFICATE_FILE);
        Path key = folder.resolve(KEY_FILE);
        if (Files.exists(cert) || Files.exists(key)) {
            // One without the other is a damaged pair: reading it says which file is wrong.
            return new Found(cert, key, false);
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
            KeyPair pair = generator.generateKeyPair();
            X509Certificate certificate = certificate(pair, "SHA256withECDSA");
            Files.createDirectories(folder);
            writeWhole(key, pem(new JcaPKCS8Generator(pair.getPrivate(), null).generate()));
            writeWhole(cert, pem(certificate));
            return new Found(cert, key, true);
        } catch (IOException | UncheckedIOException e) {
            throw new TlsException(folder + ": cannot store a new self-signed certificate: " + e.getMessage(), e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new TlsException("cannot make a self-signed certificate: " + e.getMessage(), e);
        }
    }

    /** A self-signed certificate for {@code localhost} on {@code pair}, signed with {@code signature}. */
    static X509Certificate certificate(KeyPair pair, String signature)
            throws GeneralSecurityException, OperatorCreationException, IOException {
        X500Name name = new X500Name("CN=localhost, O=Brass (self-signed)");
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name,
                new BigInteger(64, new SecureRandom()).add(BigInteger.ONE),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(VALID_FOR)), name, pair.getPublic());
        builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                new GeneralName(GeneralName.dNSName, "localhost"),
                new GeneralName(GeneralName.iPAddress, "127.0.0.1")}));
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder(signature).build(pair.getPrivate())));
    }

    /** A certificate, key or PKCS#8 object in PEM, as {@code JcaPEMWriter} writes it. */
    static String pem(Object object) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(object);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** Written to an owner-only temporary file beside it, then moved into place in one step. */
    private static void writeWhole(Path file, String text) throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        Path temporary = posix
                ? Files.createTempFile(file.getParent(), ".tls-", ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(file.getParent(), ".tls-", ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.US_ASCII);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
