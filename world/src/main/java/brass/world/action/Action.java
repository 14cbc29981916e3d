package brass.world.action;

import brass.world.language.Event;
import brass.world.parser.Command;
import java.util.List;

/** What a verb does: changes the world, and returns the events that tell of it. Runs on the game loop. */
@FunctionalInterface
public interface Action {
    List<Event> perform(Command command, Turn turn);
}
