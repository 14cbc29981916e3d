package brass.world.build;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shipped worlds are, found from the working directory wherever Maven runs the tests. */
public final class TestPaths {

    private TestPaths() {
    }

    /** The repository root: the nearest folder, walking up from here, that holds worlds/default. */
    public static Path repositoryRoot() {
        Path here = Path.of("").toAbsolutePath();
        while (here != null && !Files.isDirectory(here.resolve("worlds/default"))) {
            here = here.getParent();
        }
        if (here == null) {
            throw new IllegalStateException("no parent folder of " + Path.of("").toAbsolutePath() + " holds worlds/default");
        }
        return here;
    }

    public static Path defaultWorld() {
        return repositoryRoot().resolve("worlds/default");
    }

    public static Path exampleWorld() {
        return repositoryRoot().resolve("worldfiles/src/test/resources/worlds/example");
    }
}
