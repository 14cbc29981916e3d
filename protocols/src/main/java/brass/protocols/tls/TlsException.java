package brass.protocols.tls;

/** A certificate or key that cannot be used, said in one line that names the file. */
public final class TlsException extends Exception {

    public TlsException(String message) {
        super(message);
    }

    public TlsException(String message, Throwable cause) {
        super(message, cause);
    }
}
