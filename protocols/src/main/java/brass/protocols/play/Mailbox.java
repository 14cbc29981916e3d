package brass.protocols.play;

import brass.protocols.account.NameRules;
import brass.protocols.mail.Letter;
import brass.protocols.mail.MailStore;
import brass.world.action.Postbox;
import brass.world.markup.Markup;
import brass.world.model.Thing;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells to players who are away, kept in a {@link MailStore} and shown when they next enter the
 * game ("You have 2 messages: ..."). The game's {@link Postbox}: the sender is answered at once
 * and the letter written off the loop; if it cannot be kept, the sender hears so. Game-loop only.
 */
final class Mailbox implements Postbox {

    private static final Logger log = LoggerFactory.getLogger(Mailbox.class);

    /** How many letters may wait for one player; more are refused, so nobody can fill the store. */
    static final int MOST_WAITING = 50;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Lobby lobby;
    private final MailStore store;
    private Clock clock = Clock.systemUTC();

    Mailbox(Lobby lobby, MailStore store) {
        this.lobby = lobby;
        this.store = store;
    }

    /** The clock letters are dated by (a test's fixed clock). */
    void clock(Clock wall) {
        clock = wall;
    }

    @Override
    public Optional<String> post(Thing from, Thing to, String text) {
        String kept = text.length() > Letter.MAX_TEXT ? text.substring(0, Letter.MAX_TEXT) : text;
        Letter letter = new Letter(NameRules.key(to.name()), from.name(), kept, clock.instant());
        lobby.reactor().offload("mail to " + to.name(), () -> {
            if (store.waiting(letter.recipient()) >= MOST_WAITING) {
                return false;
            }
            store.post(letter);
            return true;
        }).whenComplete((posted, error) -> {
            if (error != null) {
                log.error("could not keep a message from {} to {}", from.name(), to.name(), error);
                tell(from, "{red}Your message to " + to.name() + " could not be kept: the game cannot reach its"
                        + " records right now.{/}");
            } else if (!posted) {
                tell(from, to.name() + " has " + MOST_WAITING + " messages waiting already; yours was not kept.");
            }
        });
        return Optional.of(to.name() + " is not in the game; your message will wait for them.");
    }

    /** Shows {@code client}'s player the letters waiting for them, and forgets them. */
    void deliver(ClientSession client) {
        Thing actor = client.actor();
        String key = client.account().key();
        lobby.reactor().offload("mail for " + actor.name(), () -> store.collect(key)).whenComplete((letters, error) -> {
            if (error != null) {
                log.error("could not read the messages waiting for {}", actor.name(), error);
                return;
            }
            if (letters.isEmpty()) {
                return;
            }
            if (lobby.client(actor).orElse(null) != client) {
                // Gone again before they could read them: they wait for the next time.
                lobby.reactor().offload("mail back for " + actor.name(), () -> {
                    for (Letter l : letters) {
                        store.post(l);
                    }
                    return null;
                });
                return;
            }
            client.session().send(read(letters));
            // 'reply' answers the last letter's sender.
            lobby.game().world().find(brass.world.model.World.playerId(letters.get(letters.size() - 1).sender()))
                    .ifPresent(client.session()::toldBy);
            client.view().prompt(brass.world.game.Game.PROMPT);
        });
    }

    /** "You have 2 messages:" and each, dated. */
    static String read(List<Letter> letters) {
        StringBuilder out = new StringBuilder("You have " + letters.size() + (letters.size() == 1 ? " message:" : " messages:"));
        for (Letter l : letters) {
            out.append('\n').append('[').append(WHEN.format(l.sent())).append("] ").append(l.sender()).append(": ")
                    .append(Markup.escape(l.text()));
        }
        return out.toString();
    }

    private void tell(Thing player, String text) {
        lobby.client(player).ifPresent(c -> c.connection().send(text));
    }
}
