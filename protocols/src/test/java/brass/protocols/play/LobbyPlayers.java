package brass.protocols.play;

import brass.engine.reactor.ManualReactor;

/** Players coming into a lobby through the login dialogue and typing, on a manual clock: for the lobby's tests. */
final class LobbyPlayers {

    private final Lobby lobby;
    private final ManualReactor reactor;

    LobbyPlayers(Lobby lobby, ManualReactor reactor) {
        this.lobby = lobby;
        this.reactor = reactor;
    }

    /** Logs {@code name} in with {@code password}, making the character first when {@code create}; what it read is drained. */
    FakeConnection login(String name, String password, boolean create) {
        FakeConnection c = new FakeConnection(reactor, "10.0.0.9");
        c.listener = lobby.accept(c);
        reactor.runUntilIdle();
        type(c, name);
        if (create) {
            type(c, "yes");
            type(c, password);
        }
        type(c, password);
        c.drain();
        return c;
    }

    /** Types {@code line}, lets the game answer, and returns what the player read. */
    String type(FakeConnection c, String line) {
        c.type(line);
        reactor.runUntilIdle();
        return c.drain();
    }
}
