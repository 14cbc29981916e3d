package brass.protocols.tls;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.util.io.pem.PemObject;

/** Certificate and key files in the forms a Let's Encrypt client writes, for the tests. */
final class TestPems {

    /** How the key file is written. */
    enum KeyForm { PKCS8_RSA, RSA_TRADITIONAL, PKCS8_EC, EC_TRADITIONAL }

    record Pair(Path certificate, Path key, X509Certificate written) {
    }

    private TestPems() {
    }

    static KeyPair keys(KeyForm form) throws Exception {
        boolean rsa = form == KeyForm.PKCS8_RSA || form == KeyForm.RSA_TRADITIONAL;
        KeyPairGenerator generator = KeyPairGenerator.getInstance(rsa ? "RSA" : "EC");
        if (rsa) {
            generator.initialize(2048);
        } else {
            generator.initialize(new ECGenParameterSpec("secp384r1"));
        }
        return generator.generateKeyPair();
    }

    /** An EC key as {@code openssl ecparam -genkey} writes it: SEC1, with its curve and public key. */
    private static String sec1(KeyPair pair) throws Exception {
        PrivateKeyInfo info = PrivateKeyInfo.getInstance(pair.getPrivate().getEncoded());
        ECPrivateKey inside = ECPrivateKey.getInstance(info.parsePrivateKey());
        ECPrivateKey whole = new ECPrivateKey(384, inside.getKey(),
                SubjectPublicKeyInfo.getInstance(pair.getPublic().getEncoded()).getPublicKeyData(),
                info.getPrivateKeyAlgorithm().getParameters());
        return SelfSigned.pem(new PemObject("EC PRIVATE KEY", whole.getEncoded()));
    }

    /** Writes {@code cert.pem} (the certificate, then {@code intermediate} if given) and {@code key.pem} into {@code folder}. */
    static Pair write(Path folder, KeyForm form, X509Certificate intermediate) throws Exception {
        KeyPair pair = keys(form);
        boolean rsa = form == KeyForm.PKCS8_RSA || form == KeyForm.RSA_TRADITIONAL;
        X509Certificate certificate = SelfSigned.certificate(pair, rsa ? "SHA256withRSA" : "SHA384withECDSA");
        String chain = SelfSigned.pem(certificate) + (intermediate == null ? "" : SelfSigned.pem(intermediate));
        String key = switch (form) {
            case PKCS8_RSA, PKCS8_EC -> SelfSigned.pem(new JcaPKCS8Generator(pair.getPrivate(), null).generate());
            case RSA_TRADITIONAL -> SelfSigned.pem(pair.getPrivate());
            case EC_TRADITIONAL -> sec1(pair);
        };
        Files.createDirectories(folder);
        Path certificateFile = folder.resolve("cert.pem");
        Path keyFile = folder.resolve("key.pem");
        Files.writeString(certificateFile, chain);
        Files.writeString(keyFile, key);
        return new Pair(certificateFile, keyFile, certificate);
    }
}
