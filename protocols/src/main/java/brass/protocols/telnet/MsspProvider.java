package brass.protocols.telnet;

import java.util.List;
import java.util.Map;

/**
 * Supplies the MSSP variables (NAME, PLAYERS, UPTIME, CODEBASE, PORT, CONTACT, CRAWL DELAY,
 * HOSTNAME, LANGUAGE, ...) when a crawler asks. Called on the game loop, so it may read the world.
 * A variable may have several values.
 */
@FunctionalInterface
public interface MsspProvider {
    Map<String, List<String>> variables();
}
