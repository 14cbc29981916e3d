/**
 * Live reload: re-reading a world folder and applying it to the running world in place, by id,
 * without kicking anyone. {@link brass.world.reload.Reloader} holds what a reload needs to know
 * (the definition now applied and the behaviours now running) and does the applying;
 * {@link brass.world.reload.ReloadCommand} is the {@code reload} verb, which reads and checks
 * the files off the game loop and applies them on it.
 *
 * <p>The rule for what a reload changes, documented for builders in
 * {@code docs/WORLD-FILES.md} ("Live reload"): what the files describe (text, flags, exits,
 * locks, the start room) always follows the files; what play changes (where things are, whether
 * they are open, locked or lit) is kept, unless the files changed that very starting value.
 * Players are never in the files, so they stay where they are with what they carry.
 */
package brass.world.reload;
