package brass.protocols.play;

import brass.protocols.account.Account;
import brass.protocols.guard.ClientAddress;
import brass.protocols.session.Connection;
import brass.world.game.Game;
import brass.world.language.Event;
import brass.world.model.Thing;
import brass.world.parser.Topic;
import brass.world.parser.Verb;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code password}: the old password first, then the new one twice, typed unseen (echo off over
 * telnet, hidden over SSH), while the dialogue holds the player's input. The old password goes
 * through the same throttled checks as a login, and a wrong one is logged; the new one follows
 * the same rules as a new account's and is hashed off the loop. Game-loop only.
 */
final class PasswordChange implements Lobby.InputOwner {

    private static final Logger log = LoggerFactory.getLogger(PasswordChange.class);
    private static final int MAX_TYPE_AHEAD = 4;

    private enum Step { OLD, NEW, AGAIN, WAITING, DONE }

    private final Lobby lobby;
    private final ClientSession client;
    private final Thing actor;
    private final Connection connection;
    /** Lines typed while the old password is checked or the new one hashed, for after. */
    private final ArrayDeque<String> typeAhead = new ArrayDeque<>();
    private Step step = Step.OLD;
    private String first;
    private CompletableFuture<Boolean> pendingCheck;

    private PasswordChange(Lobby lobby, ClientSession client, Thing actor) {
        this.lobby = lobby;
        this.client = client;
        this.actor = actor;
        this.connection = client.connection();
    }

    static void install(Lobby lobby) {
        lobby.game().register(Verb.simple("password", "password: change your password. You are asked for the old"
                        + " one, then the new one twice; nothing you type is shown.", "passwd")
                .inTopic(Topic.SETTINGS).withExamples("password"), (c, t) -> start(lobby, t.actor()));
    }

    private static List<Event> start(Lobby lobby, Thing actor) {
        Optional<ClientSession> client = lobby.client(actor);
        if (client.isEmpty() || client.get().account() == null) {
            return List.of(Event.reply(actor, "Only a connected player has a password."));
        }
        PasswordChange change = new PasswordChange(lobby, client.get(), actor);
        if (!lobby.capture(actor, change)) {
            return List.of(Event.reply(actor, "Finish what you are doing first."));
        }
        // The dialogue's prompt stands where the game's would.
        client.get().view().holdPrompt();
        change.ask(Step.OLD, "Old password (an empty line keeps it): ");
        return List.of();
    }

    private void ask(Step next, String question) {
        step = next;
        connection.setEchoOff(true);
        connection.prompt(question);
    }

    @Override
    public void onLine(String line) {
        if (step == Step.WAITING) {
            if (typeAhead.size() < MAX_TYPE_AHEAD) {
                typeAhead.add(line);
            }
            return;
        }
        // Echo was off: the player's Enter did not move the cursor.
        connection.send("");
        switch (step) {
            case OLD -> old(line);
            case NEW -> fresh(line);
            case AGAIN -> again(line);
            default -> {
            }
        }
    }

    private void old(String line) {
        if (line.isEmpty()) {
            finish("Your password is unchanged.");
            return;
        }
        Account account = client.account();
        ClientAddress address = ClientAddress.of(connection.remoteAddress());
        step = Step.WAITING;
        pendingCheck = lobby.passwordChecks().check(account.key(), account.passwordHash(), line, address,
                wait -> connection.send("{dim}Wrong passwords were tried from your address lately: yours will be"
                        + " checked in " + Math.max(1, (wait + 999_999_999L) / 1_000_000_000L) + " s.{/}"));
        pendingCheck.whenComplete((ok, error) -> {
            pendingCheck = null;
            if (step == Step.DONE) {
                return;
            }
            if (error != null) {
                log.error("could not check the password of {}", account.name(), error);
                finish("{red}The game cannot check passwords right now; your password is unchanged.{/}");
            } else if (ok) {
                ask(Step.NEW, "New password (" + lobby.settings().minPasswordLength() + " or more characters): ");
                replay();
            } else {
                lobby.guard().logs().info(log, address, "wrong old password for {} changing it (connection {} from {})",
                        account.name(), connection.id(), connection.remoteAddress());
                finish("Wrong password; your password is unchanged.");
            }
        });
    }

    private void fresh(String line) {
        Optional<String> problem = lobby.settings().passwordProblem(line);
        if (problem.isPresent()) {
            connection.send(problem.get());
            ask(Step.NEW, "New password (" + lobby.settings().minPasswordLength() + " or more characters): ");
            return;
        }
        first = line;
        ask(Step.AGAIN, "Type it again: ");
    }

    private void again(String line) {
        String chosen = first;
        first = null;
        if (!line.equals(chosen)) {
            finish("The two differ; your password is unchanged.");
            return;
        }
        step = Step.WAITING;
        connection.setEchoOff(false);
        lobby.reactor().offload("hash password", () -> lobby.hasher().hash(chosen))
                .thenCompose(hash -> lobby.changeAccount(actor, a -> a.withPasswordHash(hash)))
                .whenComplete((saved, error) -> {
                    if (step == Step.DONE) {
                        return;
                    }
                    if (error != null) {
                        log.error("could not change the password of {}", actor.name(), error);
                        finish("{red}The game cannot reach its records right now; your password is unchanged.{/}");
                        return;
                    }
                    lobby.guard().logs().info(log, ClientAddress.of(connection.remoteAddress()),
                            "{} changed their password (connection {} from {})", actor.name(), connection.id(),
                            connection.remoteAddress());
                    finish("Your password is changed.");
                });
    }

    /** Gives the input back to the game with {@code text}, then the prompt, then anything typed meanwhile. */
    private void finish(String text) {
        step = Step.DONE;
        connection.setEchoOff(false);
        lobby.release(actor, this);
        connection.send(text);
        client.view().prompt(Game.PROMPT);
        while (!typeAhead.isEmpty()) {
            client.onLine(typeAhead.poll());
        }
    }

    /** Answers typed ahead while the old password was checked. */
    private void replay() {
        while (step != Step.WAITING && step != Step.DONE && !typeAhead.isEmpty()) {
            onLine(typeAhead.poll());
        }
    }

    @Override
    public void onDisconnect() {
        step = Step.DONE;
        first = null;
        typeAhead.clear();
        if (pendingCheck != null) {
            pendingCheck.cancel(false);
        }
    }
}
