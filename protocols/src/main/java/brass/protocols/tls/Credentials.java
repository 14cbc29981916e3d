package brass.protocols.tls;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * A certificate chain (the server's own certificate first, then the intermediates) and the
 * private key of the first one.
 */
public record Credentials(List<X509Certificate> chain, PrivateKey key) {

    public Credentials {
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a chain holds at least the server's own certificate");
        }
    }

    /** The server's own certificate: the first of the chain. */
    public X509Certificate certificate() {
        return chain.get(0);
    }

    /**
     * The SHA-256 fingerprint of the server's certificate as {@code openssl x509 -fingerprint
     * -sha256} and most clients show it: upper-case hexadecimal pairs joined by colons.
     */
    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate().getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot take the certificate's fingerprint", e);
        }
    }

    /**
     * Whether the key belongs to the certificate: a signature made with the key checks out with
     * the certificate's public key. A renewal caught half-written (the new certificate beside the
     * old key) fails this, where building an SSL context would not notice and every handshake fail.
     */
    public boolean keyMatchesCertificate() {
        String algorithm = switch (key.getAlgorithm().toUpperCase(Locale.ROOT)) {
            case "RSA" -> "SHA256withRSA";
            case "EC", "ECDSA" -> "SHA256withECDSA";
            case "ED25519" -> "Ed25519";
            case "ED448" -> "Ed448";
            default -> null;
        };
        if (algorithm == null) {
            return false;
        }
        try {
            byte[] probe = "brass tls key check".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            Signature sign = Signature.getInstance(algorithm);
            sign.initSign(key);
            sign.update(probe);
            byte[] signature = sign.sign();
            Signature verify = Signature.getInstance(algorithm);
            verify.initVerify(certificate().getPublicKey());
            verify.update(probe);
            return verify.verify(signature);
        } catch (java.security.GeneralSecurityException e) {
            return false;
        }
    }
}
