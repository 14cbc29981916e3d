package brass.world.build;

import brass.world.files.CheckResult;
import brass.world.files.WorldChecker;
import brass.world.files.definition.WorldDefinition;
import java.nio.file.Path;

/** One-call loading: check a world folder and build it. Reads files: call off the game loop. */
public final class Worlds {

    private Worlds() {
    }

    /**
     * Checks {@code folder} and builds its world. Warnings do not stop it.
     *
     * @throws WorldLoadException with the full diagnostic report when the world has errors
     */
    public static brass.world.model.World load(Path folder) {
        return WorldBuilder.build(definition(folder));
    }

    /** Checks {@code folder}: its definition, or a {@link WorldLoadException} with every error. */
    public static WorldDefinition definition(Path folder) {
        CheckResult result = WorldChecker.check(folder);
        return result.world().orElseThrow(() -> new WorldLoadException(result));
    }
}
