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

    /** Checks {@code folder} with the standard behaviours: its definition, or a {@link WorldLoadException} with every error. */
    public static WorldDefinition definition(Path folder) {
        return definition(folder, WorldChecker.standard());
    }

    /**
     * Checks {@code folder} with {@code checker} (whose behaviour registry the world will then run
     * with): its definition, or a {@link WorldLoadException} with every error.
     */
    public static WorldDefinition definition(Path folder, WorldChecker checker) {
        CheckResult result = checker.checkFolder(folder);
        return result.world().orElseThrow(() -> new WorldLoadException(result));
    }
}
