package brass.protocols.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Slow salted password hashes: PBKDF2-HMAC-SHA256 (in the JDK, so no native library), 600,000
 * iterations by default as OWASP's password-storage guidance recommends for this function.
 *
 * <p>A hash is stored as {@code pbkdf2-sha256$ITERATIONS$SALT$HASH} (Base64), so the iteration
 * count can be raised later and old hashes still verify. Hashing takes a noticeable fraction of
 * a second by design: call it through {@code reactor.offload}, never on the game loop.
 */
public final class PasswordHasher {

    public static final int RECOMMENDED_ITERATIONS = 600_000;
    private static final String PREFIX = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    /**
     * The longest password, in characters: bounds what a hostile client can make the server hash.
     * A longer one is never hashed: refused when chosen, never right when given.
     */
    public static final int MAX_PASSWORD_LENGTH = 256;

    private final int iterations;
    private final SecureRandom random = new SecureRandom();

    public PasswordHasher() {
        this(RECOMMENDED_ITERATIONS);
    }

    /** A hasher with fewer iterations; only tests should ask for that. */
    public PasswordHasher(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
        this.iterations = iterations;
    }

    public String hash(String password) {
        if (password.length() > MAX_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("a password has at most " + MAX_PASSWORD_LENGTH + " characters");
        }
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /**
     * True when {@code password} matches {@code encoded}; false for a wrong or malformed hash, and
     * for a password longer than any that can be chosen (without hashing it).
     */
    public boolean verify(String password, String encoded) {
        if (password == null || password.length() > MAX_PASSWORD_LENGTH) {
            return false;
        }
        String[] parts = encoded == null ? new String[0] : encoded.split("\\$");
        if (parts.length != 4 || !parts[0].equals(PREFIX)) {
            return false;
        }
        try {
            int n = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            byte[] actual = derive(password, salt, n);
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this JDK", e);
        } finally {
            spec.clearPassword();
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
