package brass.server;

import static org.assertj.core.api.Assertions.assertThat;

import brass.world.parser.Verb;
import brass.world.social.VerbWords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Over real telnet connections against the whole server: a tell to a player who is away is kept
 * in the database (across a restart) and shown at their next login; a channel turned off stays
 * off when the player logs in again.
 */
class SocialServerTest {

    @RegisterExtension
    final RunningServer server = RunningServer.startedBeforeEach();

    @Test
    void aTellToAPlayerAwayWaitsInTheDatabaseForTheirNextLogin() throws Exception {
        try (TelnetClient alice = TelnetClient.createCharacter(server.telnetPort(), "Alice", "secret12")) {
            try (TelnetClient bob = TelnetClient.createCharacter(server.telnetPort(), "Bobby", "secret34")) {
                bob.send("quit");
                bob.await("Goodbye.");
            }
            alice.await("Bobby has left the game.");
            alice.send("tell bobby The lamp is in the cloakroom.");
            alice.await("Bobby is not in the game; your message will wait for them.");
            alice.send("tell zebedee hello");
            alice.await("There is no player called 'zebedee' in the game.");
            alice.send("quit");
            alice.await("Goodbye.");
        }
        server.restart();
        try (TelnetClient bob = new TelnetClient(server.telnetPort())) {
            bob.await(TelnetClient.NAME_PROMPT);
            bob.answerAsKnownCharacter("bobby", "secret34");
            bob.await("The Common Room");
            bob.await("You have 1 message:\r\n[");
            String when = bob.await("] Alice: The lamp is in the cloakroom.");
            assertThat(when).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC\\] Alice: The lamp is in the cloakroom\\.");
            bob.send("reply Thank you!");
            bob.await("Alice is not in the game; your message will wait for them.");
            bob.send("quit");
            bob.await("Goodbye.");
        }
        try (TelnetClient again = TelnetClient.logIn(server.telnetPort(), "bobby", "secret34")) {
            again.send("look");
            String read = again.await("Exits:");
            assertThat(read).doesNotContain("message");
        }
        try (TelnetClient alice = new TelnetClient(server.telnetPort())) {
            alice.await(TelnetClient.NAME_PROMPT);
            alice.answerAsKnownCharacter("alice", "secret12");
            alice.await("You have 1 message:\r\n[");
            alice.await("] Bobby: Thank you!");
        }
    }

    /**
     * The checker refuses a social named like a verb by {@link VerbWords}: it must know every word
     * a running server makes a verb of, or a social the checker accepts would never be reached.
     */
    @Test
    void theCheckerKnowsEveryVerbWordTheServerRegisters() throws Exception {
        Server running = server.get();
        java.util.List<String> unknown = running.reactor().call(() -> {
            java.util.List<String> words = new java.util.ArrayList<>();
            java.util.Set<String> socials = new java.util.HashSet<>();
            running.game().socials().forEach(s -> socials.add(s.name()));
            for (Verb verb : running.game().verbs().all()) {
                if (socials.contains(verb.name())) {
                    continue;
                }
                words.add(verb.name());
                words.addAll(verb.synonyms());
            }
            return words.stream().filter(w -> VerbWords.taken(w).isEmpty()).toList();
        }).get(20, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(unknown).isEmpty();
        assertThat(running.reactor().call(() -> running.game().socials().size()).get(20,
                java.util.concurrent.TimeUnit.SECONDS)).isGreaterThanOrEqualTo(20);
    }

    @Test
    void aChannelTurnedOffStaysOffWhenThePlayerComesBack() throws Exception {
        try (TelnetClient alice = TelnetClient.createCharacter(server.telnetPort(), "Alice", "secret12");
             TelnetClient bob = TelnetClient.createCharacter(server.telnetPort(), "Bobby", "secret34")) {
            alice.send("chat off");
            alice.await("You stop hearing the chat channel ('chat on' to hear it again).");
            alice.send("quit");
            alice.await("Goodbye.");
            bob.await("Alice has left the game.");
            try (TelnetClient again = TelnetClient.logIn(server.telnetPort(), "alice", "secret12")) {
                bob.await("Alice has entered the game.");
                bob.send("chat is anyone there?");
                bob.await("You chat: is anyone there?");
                bob.send("newbie how do I get a lamp?");
                String read = again.await("Bobby says: how do I get a lamp?");
                assertThat(read).doesNotContain("anyone there");
                again.send("chat history");
                again.await("The last line on chat (times in UTC):\r\n");
                again.await(" Bobby: is anyone there?");
                again.send("chat on");
                again.await("You hear the chat channel again.");
                bob.send("chat welcome back");
                again.await("Bobby chats: welcome back");
            }
        }
    }
}
