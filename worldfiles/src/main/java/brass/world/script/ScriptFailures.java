package brass.world.script;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Where the failures of scripts go: the log, and the builders in the game ({@link ScriptNotices}). */
@FunctionalInterface
public interface ScriptFailures {

    void failed(ScriptFailure failure);

    /** Every failure to the log, as a warning: {@code script: FILE:LINE: butler.greet threw ...}. */
    static ScriptFailures log() {
        Logger log = LoggerFactory.getLogger(Scripts.class);
        return failure -> log.warn("script: {}", failure);
    }
}
