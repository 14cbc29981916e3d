package brass.protocols.mail;

import java.util.ArrayList;
import java.util.List;

/** Letters in memory, for tests and tools without a database. Thread-safe. */
public final class InMemoryMailStore implements MailStore {

    private final List<Letter> letters = new ArrayList<>();

    @Override
    public synchronized void post(Letter letter) {
        letters.add(letter);
    }

    @Override
    public synchronized int waiting(String recipient) {
        return (int) letters.stream().filter(l -> l.recipient().equals(recipient)).count();
    }

    @Override
    public synchronized List<Letter> collect(String recipient) {
        List<Letter> out = letters.stream().filter(l -> l.recipient().equals(recipient)).toList();
        letters.removeIf(l -> l.recipient().equals(recipient));
        return new ArrayList<>(out);
    }
}
