package brass.protocols.ssh;

import brass.protocols.account.Account;
import brass.protocols.play.Lobby;
import brass.world.markup.Markup;
import brass.world.model.Thing;
import brass.world.parser.Parser;
import brass.world.parser.Topic;
import brass.world.parser.Verb;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;

/**
 * The in-game {@code keys} command: a player lists, adds and removes the SSH public keys that
 * may log in as their character. Keys are OpenSSH public key lines ({@code ssh-ed25519 AAAA...
 * comment}), checked with MINA's own parser before they are kept. Runs on the game loop; the
 * account is saved off the loop by the store.
 */
public final class KeysCommand {

    /** At most this many keys per account, so an account row stays small. */
    public static final int MAX_KEYS = 16;
    /**
     * The longest line {@code keys} reads, {@code keys add} included: the longest any command may
     * ({@link Parser#LONGEST_LINE}, 4096), which holds the longest key OpenSSH makes (RSA 16384
     * bits) with a long comment. Other commands stop at {@link Parser#MAX_LINE}.
     */
    public static final int MAX_LINE = Parser.LONGEST_LINE;

    private static final String USAGE = "keys list | keys add <OpenSSH public key line> | keys remove <number>";

    private final Lobby lobby;

    private KeysCommand(Lobby lobby) {
        this.lobby = lobby;
    }

    /** Registers the verb on the lobby's game, once. Call on the game loop. */
    public static void install(Lobby lobby) {
        if (lobby.game().verbs().get("keys") != null) {
            return;
        }
        KeysCommand keys = new KeysCommand(lobby);
        lobby.game().register(Verb.text("keys", "keys: the SSH public keys that may log in as you. " + USAGE, "key")
                        .readingLinesOf(MAX_LINE).inTopic(Topic.SETTINGS)
                        .withExamples("keys list", "keys add ssh-ed25519 AAAAC3Nza... alice@laptop", "keys remove 1"),
                (command, turn) -> {
                    keys.run(turn.actor(), command.text() == null ? "" : command.text().strip());
                    return List.of();
                });
    }

    /** The key a line describes, or empty if MINA cannot read it. */
    public static Optional<PublicKey> parse(String line) {
        if (line == null || line.isBlank() || line.length() > MAX_LINE) {
            return Optional.empty();
        }
        try {
            PublicKeyEntry entry = PublicKeyEntry.parsePublicKeyEntry(line.strip());
            return Optional.ofNullable(entry == null ? null : entry.resolvePublicKey(null, null, PublicKeyEntryResolver.FAILING));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private void run(Thing actor, String args) {
        Optional<Account> found = lobby.account(actor);
        if (found.isEmpty()) {
            tell(actor, "Only a logged-in player has keys.");
            return;
        }
        Account account = found.get();
        String[] parts = args.split("\\s+", 2);
        String sub = parts[0].toLowerCase(Locale.ROOT);
        String rest = parts.length > 1 ? parts[1].strip() : "";
        switch (sub) {
            case "", "list" -> list(actor, account);
            case "add" -> add(actor, account, rest);
            case "remove", "delete", "rm" -> remove(actor, account, rest);
            default -> tell(actor, "Usage: " + USAGE);
        }
    }

    private void list(Thing actor, Account account) {
        if (account.publicKeys().isEmpty()) {
            tell(actor, "You have no SSH keys. Add one with: keys add <the line of your ~/.ssh/id_ed25519.pub>");
            return;
        }
        StringBuilder b = new StringBuilder("Your SSH keys:");
        int n = 1;
        for (String line : account.publicKeys()) {
            b.append("\n  ").append(n++).append(". ").append(describe(line));
        }
        tell(actor, b.toString());
    }

    private void add(Thing actor, Account account, String line) {
        Optional<PublicKey> key = parse(line);
        if (key.isEmpty()) {
            tell(actor, "That is not an OpenSSH public key line. Paste the whole line of your .pub file, "
                    + "e.g. keys add ssh-ed25519 AAAAC3Nza... you@laptop");
            return;
        }
        for (String existing : account.publicKeys()) {
            Optional<PublicKey> k = parse(existing);
            if (k.isPresent() && KeyUtils.compareKeys(k.get(), key.get())) {
                tell(actor, "You have that key already.");
                return;
            }
        }
        if (account.publicKeys().size() >= MAX_KEYS) {
            tell(actor, "You have " + MAX_KEYS + " keys, the most allowed; remove one first.");
            return;
        }
        List<String> keys = new ArrayList<>(account.publicKeys());
        keys.add(line.strip());
        save(actor, account.withPublicKeys(keys), "Key added: " + describe(line.strip()));
    }

    private void remove(Thing actor, Account account, String which) {
        int n;
        try {
            n = Integer.parseInt(which);
        } catch (NumberFormatException e) {
            tell(actor, "Remove which key? Give its number from keys list.");
            return;
        }
        if (n < 1 || n > account.publicKeys().size()) {
            tell(actor, "You have no key number " + n + ".");
            return;
        }
        List<String> keys = new ArrayList<>(account.publicKeys());
        String removed = keys.remove(n - 1);
        save(actor, account.withPublicKeys(keys), "Key removed: " + describe(removed));
    }

    private void save(Thing actor, Account changed, String done) {
        lobby.updateAccount(actor, changed).whenComplete((saved, error) -> {
            if (error != null) {
                tell(actor, "{red}Your keys could not be saved just now; please try again in a moment.{/}");
            } else {
                tell(actor, done);
            }
        });
    }

    /** "ssh-ed25519 SHA256:... comment": what a player recognises a key by. */
    static String describe(String line) {
        Optional<PublicKey> key = parse(line);
        String[] words = line.strip().split("\\s+", 3);
        // A key's comment is the player's words, not markup: a brace stays a brace.
        String comment = words.length > 2 ? " " + Markup.escape(words[2]) : "";
        if (key.isEmpty()) {
            return "(unreadable key)" + comment;
        }
        return KeyUtils.getKeyType(key.get()) + " " + KeyUtils.getFingerPrint(key.get()) + comment;
    }

    private void tell(Thing actor, String text) {
        lobby.game().session(actor).ifPresent(s -> s.send(text));
    }
}
