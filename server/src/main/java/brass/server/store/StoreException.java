package brass.server.store;

/** The database cannot be used; the message says why in words an operator can act on. */
public final class StoreException extends Exception {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
