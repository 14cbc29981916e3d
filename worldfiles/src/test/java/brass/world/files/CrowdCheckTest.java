package brass.world.files;

import static brass.world.files.TestWorlds.WORLD;
import static brass.world.files.TestWorlds.expect;
import static org.assertj.core.api.Assertions.assertThat;

import brass.world.build.Worlds;
import brass.world.files.definition.CrowdDefinition;
import brass.world.model.Crowds;
import brass.world.model.World;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crowd:} in world.yaml and on rooms, as the checker reads it and the built world keeps it, and its mistakes. */
class CrowdCheckTest {

    @TempDir
    Path dir;

    private static final String ROOMS = """
            prototypes:
              booth:
                crowd: 2
            rooms:
              hall:
                description: A hall.
                crowd: 25
                exits: {north: nook, east: booth-1}
              nook:
                description: A nook.
                exits: {south: hall}
              booth-1:
                like: booth
                description: A booth.
                exits: {west: hall}
            """;

    private List<String> check(String... namesAndTexts) {
        return TestWorlds.check(dir, namesAndTexts);
    }

    @Test
    void theWorldsCrowdAndTheRoomsOwnReachTheWorld() {
        expect(check("world.yaml", WORLD + "crowd: 6\n", "a.yaml", ROOMS));
        assertThat(Worlds.definition(dir).crowds()).isEqualTo(new CrowdDefinition(6, Map.of("hall", 25, "booth-1", 2)));
        World world = Worlds.load(dir);
        assertThat(world.crowds().of(world.get("hall"))).isEqualTo(25);
        assertThat(world.crowds().of(world.get("nook"))).isEqualTo(6);
        assertThat(world.crowds().of(world.get("booth-1"))).isEqualTo(2);
    }

    @Test
    void withoutACrowdTheDefaultIsTen() {
        expect(check("world.yaml", WORLD, "a.yaml", ROOMS.replace("    crowd: 25\n", "")));
        World world = Worlds.load(dir);
        assertThat(Crowds.DEFAULT).isEqualTo(10);
        assertThat(world.crowds().of(world.get("nook"))).isEqualTo(10);
        assertThat(world.crowds().of(world.get("hall"))).isEqualTo(10);
    }

    @Test
    void aCrowdIsAWholeNumberFromOneToAHundredThousand() {
        expect(check("world.yaml", WORLD + "crowd: lots\n", "a.yaml", """
                area: Hall
                crowd: 3
                rooms:
                  hall:
                    description: A hall.
                    crowd: 0
                    exits: {north: nook, south: den, east: attic, west: cellar}
                  nook:
                    description: A nook.
                    crowd: [1, 2]
                    exits: {south: hall}
                  den:
                    description: A den.
                    crowd: 100001
                    exits: {north: hall}
                  attic:
                    description: An attic.
                    crowd: -4
                    exits: {west: hall}
                  cellar:
                    description: A cellar.
                    crowd: 100000
                    crwod: 3
                    exits: {east: hall}
                """),
                "a.yaml:2:1: error: 'crowd' belongs in world.yaml; move it to world.yaml",
                "a.yaml:6:12: error: 'crowd' of room 'hall' must be a whole number from 1 to 100000, found '0'; how many"
                        + " others the room names before it counts them: with crowd: 10, eleven others read 'Alice, Bob,"
                        + " and nine others are here.'",
                "a.yaml:10:12: error: 'crowd' of room 'nook' must be a whole number from 1 to 100000, found a list; how"
                        + " many others the room names before it counts them: with crowd: 10, eleven others read 'Alice,"
                        + " Bob, and nine others are here.'",
                "a.yaml:14:12: error: 'crowd' of room 'den' must be a whole number from 1 to 100000, found '100001'; how"
                        + " many others the room names before it counts them: with crowd: 10, eleven others read 'Alice,"
                        + " Bob, and nine others are here.'",
                "a.yaml:18:12: error: 'crowd' of room 'attic' must be a whole number from 1 to 100000, found '-4'; how"
                        + " many others the room names before it counts them: with crowd: 10, eleven others read 'Alice,"
                        + " Bob, and nine others are here.'",
                "a.yaml:23:5: error: unknown field 'crwod' in room 'cellar'; did you mean 'crowd'?",
                "world.yaml:3:8: error: 'crowd' of world.yaml must be a whole number from 1 to 100000, found 'lots';"
                        + " how many others the room names before it counts them: with crowd: 10, eleven others read"
                        + " 'Alice, Bob, and nine others are here.'");
    }
}
