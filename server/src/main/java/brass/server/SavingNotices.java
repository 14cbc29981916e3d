package brass.server;

import brass.protocols.play.Lobby;
import brass.server.persist.Checkpointer;
import brass.server.store.StoreFaults;

/**
 * Players hear once when the world cannot be saved, and once when it is saved again; those who
 * enter the game meanwhile are told as they arrive. Nothing is lost while the server runs (what
 * is not written stays in memory), so they may play on.
 */
final class SavingNotices implements Checkpointer.SavingWatcher {

    static final String SAVED_AGAIN = "{green}The world is being saved again.{/}";

    private final Lobby lobby;

    SavingNotices(Lobby lobby) {
        this.lobby = lobby;
    }

    static String failing(Throwable cause) {
        return "{yellow}The server cannot save the world right now" + (StoreFaults.diskFull(cause) ? " (its disk is full)" : "")
                + ". Play on: nothing is lost while it keeps running, and it saves everything as soon as it can.{/}";
    }

    @Override
    public void savingFails(Throwable cause) {
        String notice = failing(cause);
        lobby.tellEveryone(notice);
        lobby.standingNotice(notice);
    }

    @Override
    public void savingWorksAgain(long failedAttempts) {
        lobby.standingNotice(null);
        lobby.tellEveryone(SAVED_AGAIN);
    }
}
