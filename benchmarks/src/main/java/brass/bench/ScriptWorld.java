package brass.bench;

import brass.world.build.WorldBuilder;
import brass.world.files.CheckResult;
import brass.world.files.WorldChecker;
import brass.world.files.definition.WorldDefinition;
import brass.world.model.World;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The world the script benchmarks run in, written to a temporary folder and checked as a
 * builder's would be: a hall with Pembrook and a lamp, and {@code scripts/bench.js} with a small
 * greeting (the kind of call reactions make hundreds of times a second) and a runaway loop.
 */
final class ScriptWorld {

    static final String WORLD = """
            name: Bench
            start: hall
            rooms:
              hall: {description: A plain hall.}
            things:
              lamp: {name: lamp, light-source: true, in: hall}
            actors:
              pembrook: {name: Pembrook, proper-name: true, in: hall}
            """;

    static final String SCRIPT = """
            var greetings = 0;
            function greet(actor, player, room, event) {
              greetings++;
              var lamp = world.thing('lamp');
              var text = lamp.isLit ? 'The lamp is lit.' : 'Good evening.';
              actor.say(text + ' (' + greetings + ')');
            }
            function spin(actor) {
              while (true) {}
            }
            """;

    private ScriptWorld() {
    }

    /** The checked definition; the folder is removed again. */
    static WorldDefinition definition() throws IOException {
        Path dir = Files.createTempDirectory("brass-script-bench");
        try {
            Files.writeString(dir.resolve("world.yaml"), WORLD);
            Files.createDirectories(dir.resolve("scripts"));
            Files.writeString(dir.resolve("scripts/bench.js"), SCRIPT);
            CheckResult result = WorldChecker.check(dir);
            return result.world().orElseThrow(() -> new IllegalStateException(result.report()));
        } finally {
            try (Stream<Path> all = Files.walk(dir)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static World build(WorldDefinition definition) {
        return WorldBuilder.build(definition);
    }
}
