package brass.server.config;

/** A setting that cannot be used, with a message that says where and why. */
public final class ConfigException extends Exception {

    public ConfigException(String message) {
        super(message);
    }
}
