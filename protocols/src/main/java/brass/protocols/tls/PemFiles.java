package brass.protocols.tls;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

/**
 * Reads a certificate chain and a private key from PEM files, in the forms a Let's Encrypt
 * client (certbot, acme.sh, lego) writes them: {@code fullchain.pem} (the certificate, then its
 * intermediates) and {@code privkey.pem} (PKCS#8 {@code PRIVATE KEY}, or the older
 * {@code RSA PRIVATE KEY} and {@code EC PRIVATE KEY}). Encrypted keys are refused: a server that
 * starts unattended has nobody to type the passphrase.
 */
public final class PemFiles {

    private PemFiles() {
    }

    /** The chain and key in these files, or why they cannot be used, naming the file. */
    public static Credentials read(Path certificateFile, Path keyFile) throws TlsException {
        return parse(certificateFile, text(certificateFile), keyFile, text(keyFile));
    }

    /** The chain and key in these texts, read from the files named (for the messages). */
    static Credentials parse(Path certificateFile, String certificateText, Path keyFile, String keyText)
            throws TlsException {
        List<X509Certificate> chain = certificates(certificateFile, certificateText);
        PrivateKey key = privateKey(keyFile, keyText);
        Credentials credentials = new Credentials(chain, key);
        if (!credentials.keyMatchesCertificate()) {
            throw new TlsException(keyFile + ": this private key does not belong to the certificate in "
                    + certificateFile + " (a renewal written half-way, or the wrong pair of files?)");
        }
        return credentials;
    }

    static String text(Path file) throws TlsException {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            throw new TlsException(file + ": no such file");
        } catch (IOException e) {
            throw new TlsException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    static List<X509Certificate> certificates(Path file, String pem) throws TlsException {
        List<X509Certificate> chain = new ArrayList<>();
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            for (Object o = parser.readObject(); o != null; o = parser.readObject()) {
                if (o instanceof X509CertificateHolder holder) {
                    chain.add(converter.getCertificate(holder));
                }
            }
        } catch (IOException | CertificateException | RuntimeException e) {
            throw new TlsException(file + ": not a PEM certificate file: " + e.getMessage(), e);
        }
        if (chain.isEmpty()) {
            throw new TlsException(file + ": holds no certificate (expected '-----BEGIN CERTIFICATE-----',"
                    + " as in a Let's Encrypt fullchain.pem)");
        }
        return chain;
    }

    static PrivateKey privateKey(Path file, String pem) throws TlsException {
        JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            for (Object o = parser.readObject(); o != null; o = parser.readObject()) {
                if (o instanceof PrivateKeyInfo info) {
                    return converter.getPrivateKey(info);
                }
                if (o instanceof PEMKeyPair pair) {
                    return converter.getPrivateKey(pair.getPrivateKeyInfo());
                }
                if (o instanceof PEMEncryptedKeyPair || o instanceof PKCS8EncryptedPrivateKeyInfo) {
                    throw new TlsException(file + ": the private key is encrypted; give the server an"
                            + " unencrypted key it can read at start (and keep the file owner-only)");
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new TlsException(file + ": not a PEM key file: " + e.getMessage(), e);
        }
        throw new TlsException(file + ": holds no private key (expected '-----BEGIN PRIVATE KEY-----',"
                + " '-----BEGIN RSA PRIVATE KEY-----' or '-----BEGIN EC PRIVATE KEY-----')");
    }
}
