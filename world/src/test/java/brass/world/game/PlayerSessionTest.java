package brass.world.game;

import static org.assertj.core.api.Assertions.assertThat;

import brass.world.language.Event;
import brass.world.parser.Verb;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A turn as a value: what one line came to, read from its result rather than from the text. */
class PlayerSessionTest {

    private Table table;
    private Table.Seat alice;
    private Table.Seat carol;

    @BeforeEach
    void setUp() {
        table = new Table();
        alice = table.join("alice");
        carol = table.join("carol");
        alice.heard();
    }

    @Test
    void aTurnThatOthersSeeHappenedAndHasNoReply() {
        TurnResult turn = alice.session.perform("jump");
        assertThat(turn.happened()).isTrue();
        assertThat(turn.reply()).isEmpty();
        assertThat(turn.events()).hasSize(1);
        assertThat(turn.events().get(0).actor()).isSameAs(alice.actor());
        assertThat(carol.heard()).isEqualTo("Alice jumps on the spot.");
    }

    @Test
    void aRefusalIsTheActorsReplyAndNothingHappened() {
        alice.does("n");
        carol.does("n");
        alice.heard();
        TurnResult turn = alice.session.perform("take table");
        assertThat(turn.happened()).isFalse();
        assertThat(turn.reply()).contains("The table is fixed in place.");
        assertThat(turn.events()).hasSize(1);
        assertThat(alice.heard()).isEqualTo("The table is fixed in place.");
        assertThat(carol.heard()).isEmpty();
    }

    @Test
    void whatTheParserSaysBackIsTheReplyWithNoEvents() {
        TurnResult unknown = alice.session.perform("fly");
        assertThat(unknown).isEqualTo(new TurnResult(List.of(),
                Optional.of("I don't know the verb 'fly'. Type 'help' for the verbs I know.")));
        alice.session.perform("n");
        TurnResult question = alice.session.perform("take key");
        assertThat(question).isEqualTo(new TurnResult(List.of(),
                Optional.of("Which do you mean, the red key or the blue key?")));
        assertThat(alice.session.perform("blue").happened()).isTrue();
        assertThat(alice.session.perform("   ")).isEqualTo(new TurnResult(List.of(), Optional.empty()));
    }

    @Test
    void severalPrivateRepliesAreOneReply() {
        table.game.register(Verb.simple("ponder", "ponder: think twice."),
                (c, t) -> List.of(Event.reply(t.actor(), "Hmm."), Event.reply(t.actor(), "Hmm again.")));
        TurnResult turn = alice.session.perform("ponder");
        assertThat(turn.happened()).isFalse();
        assertThat(turn.reply()).contains("Hmm.\nHmm again.");
        assertThat(table.game.perform(table.thing("bob"), "ponder").reply()).contains("Hmm.\nHmm again.");
    }

    @Test
    void aTurnOffTheLoopIsRefusedAndChangesNothing() throws Exception {
        CompletableFuture<Throwable> perform = offTheLoop(() -> alice.session.perform("jump"));
        CompletableFuture<Throwable> send = offTheLoop(() -> alice.session.send("psst"));
        CompletableFuture<Throwable> close = offTheLoop(() -> carol.session.close("connection lost"));
        for (CompletableFuture<Throwable> refused : List.of(perform, send, close)) {
            assertThat(refused.get()).isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("not on the game loop");
        }
        table.reactor.runUntilIdle();
        assertThat(alice.heard()).isEmpty();
        assertThat(carol.heard()).isEmpty();
        assertThat(carol.session.isOpen()).isTrue();
    }

    @Test
    void aClosedSessionRunsNothing() {
        carol.session.close("bye");
        assertThat(carol.session.perform("jump")).isEqualTo(new TurnResult(List.of(), Optional.empty()));
        assertThat(alice.heard()).isEqualTo("Carol has left the game.");
    }

    private static CompletableFuture<Throwable> offTheLoop(Runnable call) throws InterruptedException {
        CompletableFuture<Throwable> thrown = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                call.run();
                thrown.complete(null);
            } catch (Throwable e) {
                thrown.complete(e);
            }
        });
        t.start();
        t.join();
        return thrown;
    }
}
