package brass.protocols.mail;

import java.util.List;

/**
 * Where letters wait. Blocking: called on the worker pool ({@code reactor.offload}), never on the
 * game loop.
 */
public interface MailStore {

    /** Keeps {@code letter} durably before returning. */
    void post(Letter letter) throws Exception;

    /** How many letters wait for {@code recipient}. */
    int waiting(String recipient) throws Exception;

    /**
     * Takes every letter waiting for {@code recipient}, oldest first, and removes them, in one
     * step: a letter is handed over once.
     */
    List<Letter> collect(String recipient) throws Exception;
}
