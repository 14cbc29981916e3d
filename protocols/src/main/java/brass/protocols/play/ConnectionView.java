package brass.protocols.play;

import brass.protocols.gmcp.Gmcp;
import brass.protocols.session.Connection;
import brass.world.game.PlayerView;
import brass.world.model.Exit;
import brass.world.model.Thing;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the game writes to a player, shown on their network connection. Beside the text, a GMCP
 * client learns the room it stands in ({@code Room.Info}) whenever that changes, just before
 * the prompt that follows the move. On the game loop, as every {@link PlayerView}.
 */
final class ConnectionView implements PlayerView {

    private final Connection connection;
    private final RoomAtlas atlas;
    private final CharItems items = new CharItems();
    private Thing actor;
    private Thing roomShown;
    private boolean ended;
    private PromptFormat promptFormat = PromptFormat.DEFAULT;
    /** The game prompted before it named the character: a chosen prompt is shown once it has. */
    private boolean promptOwed;
    /** A dialogue (the password's) prompted for itself: the game's next prompt is not shown. */
    private boolean promptHeld;

    ConnectionView(Connection connection) {
        this(connection, RoomAtlas.NONE);
    }

    ConnectionView(Connection connection, RoomAtlas atlas) {
        this.connection = connection;
        this.atlas = atlas;
    }

    /** The character this view shows, once the game has given it; rooms are told from then on. */
    void showing(Thing character) {
        actor = character;
        sendRoomInfoIfMoved();
        if (promptOwed) {
            promptOwed = false;
            connection.prompt(promptFormat.render(actor));
        }
    }

    /** Shows {@code format} as the prompt from now on. */
    void promptFormat(PromptFormat format) {
        promptFormat = format;
    }

    /** Whether the game ended the session (quit, a kick, a takeover), rather than the connection dropping. */
    boolean endedByTheGame() {
        return ended;
    }

    @Override
    public void send(String text) {
        connection.send(text);
    }

    /** Leaves out the game's next prompt, for a dialogue that has just shown its own. */
    void holdPrompt() {
        promptHeld = true;
    }

    @Override
    public void prompt(String prompt) {
        if (promptHeld) {
            promptHeld = false;
            return;
        }
        sendRoomInfoIfMoved();
        if (actor != null && connection.capabilities().acceptsGmcp("Char.Items.List")) {
            items.update(actor, connection);
        }
        // The game's own prompt is the default; the player's choice replaces it.
        if (promptFormat == PromptFormat.DEFAULT) {
            connection.prompt(prompt);
        } else if (actor == null) {
            promptOwed = true;
        } else {
            connection.prompt(promptFormat.render(actor));
        }
    }

    @Override
    public void close(String farewell) {
        ended = true;
        connection.send(farewell);
        connection.close("left the game");
    }

    private void sendRoomInfoIfMoved() {
        Thing room = actor == null ? null : actor.room();
        if (room == null || room == roomShown) {
            return;
        }
        roomShown = room;
        Map<String, Long> exits = new LinkedHashMap<>();
        for (Map.Entry<String, Exit> e : room.exits().entrySet()) {
            exits.put(e.getKey(), RoomAtlas.number(e.getValue().destination()));
        }
        connection.sendGmcp(Gmcp.roomInfo(RoomAtlas.number(room), room.id(), room.name(), atlas.area(room),
                atlas.environment(room), exits));
    }
}
