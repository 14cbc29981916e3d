package brass.server.persist;

/**
 * One thing's changing state as a checkpoint keeps it.
 *
 * @param id          the thing's stable id
 * @param location    where it is (null for rooms and doors)
 * @param playerName  for a player's character, its name (characters are made at run time, not by files)
 * @param returnRoom  for a player who is away, the room they come back to
 */
public record SavedThing(String id, String location, boolean open, boolean locked, boolean lit,
                         String playerName, String returnRoom) {
}
