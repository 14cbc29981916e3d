package brass.world.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import brass.engine.loop.LoopingCall;
import brass.world.behaviour.Behaviour;
import brass.world.behaviour.standard.StandardBehaviours;
import brass.world.build.TestPaths;
import brass.world.build.Worlds;
import brass.world.files.definition.WorldDefinition;
import brass.world.language.Event;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranscriptRunnerTest {

    static WorldDefinition defaultWorld;

    @BeforeAll
    static void load() {
        defaultWorld = Worlds.definition(TestPaths.defaultWorld());
    }

    @Test
    void everyDefaultWorldTranscriptPasses() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = TranscriptRunner.test(TestPaths.defaultWorld(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String report = bytes.toString(StandardCharsets.UTF_8);
        assertThat(report).as(report).contains("PASS transcripts/1-lamp-and-dark-cellar.transcript")
                .contains("PASS transcripts/4-two-players.transcript")
                .contains("PASS transcripts/6-front-door-and-sprocket.transcript")
                .containsPattern("[0-9]+ transcripts, [0-9]+ passed, 0 failed");
        assertThat(TranscriptRunner.transcripts(TestPaths.defaultWorld())).hasSizeGreaterThanOrEqualTo(13);
        assertThat(code).isZero();
    }

    @Test
    void aWrongExpectationFailsWithADiffAndTheLineOfTheFirstMismatch() {
        String text = """
                enter alice
                ...
                > w
                The Cloakroom
                ...
                > take box
                You take the hat box.
                > open box
                You open the hat box, revealing a brass lantern.
                """;
        TranscriptResult result = new TranscriptRunner().run(defaultWorld, "t/wrong.transcript", text);
        assertThat(result.passed()).isFalse();
        assertThat(result.steps()).isEqualTo(4);
        TranscriptResult.Failure failure = result.failure().orElseThrow();
        assertThat(failure.location()).isEqualTo("t/wrong.transcript:9");
        assertThat(failure.message()).isEqualTo("alice read something else after '@alice > open box' (line 8)");
        assertThat(failure.diff()).isEqualTo("""
                --- expected (t/wrong.transcript)
                +++ actual (what alice read)
                -You open the hat box, revealing a brass lantern.
                +You open the hat box, revealing a brass lamp.""");
    }

    @Test
    void theDiffShowsMissingAndExtraLinesAroundWhatMatched(@TempDir Path dir) throws IOException {
        Path world = copyDefaultWorldTo(dir);
        Files.writeString(world.resolve("bad.transcript"), """
                enter alice
                Welcome to the Tinker's Rest. Type 'look', then go and find the clockwork heart.
                The Common Room
                ~ A low, .*
                Exits: north, south.
                ...
                Pembrook and Bob are here.
                """);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = TranscriptRunner.test(world, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String report = bytes.toString(StandardCharsets.UTF_8);
        assertThat(code).isEqualTo(1);
        assertThat(report).contains("""
                FAIL bad.transcript
                  bad.transcript:5: alice read something else after 'enter alice' (line 1)
                  --- expected (bad.transcript)
                  +++ actual (what alice read)
                   Welcome to the Tinker's Rest. Type 'look', then go and find the clockwork heart.
                   The Common Room
                   A low, warm room that smells of woodsmoke and machine oil. A fire crackles in a hearth \
                big enough to stand in, and a long table runs down the middle of the floor, scarred by a century of \
                elbows and dropped gears. Someone has pinned a notice above the fireplace. The front door opens south \
                onto Clockwork Lane; the kitchen is north, the snug east, the cloakroom west, and a staircase climbs \
                to the floor above.
                  -Exits: north, south.
                   Exits: north, east, south, west, up.
                   You see a hearth, a notice, and a long table here.
                   On the long table you see a pewter tankard and a candle.
                   Pembrook is here.
                  -Pembrook and Bob are here.
                """);
        assertThat(report).endsWith(": 1 transcript, 0 passed, 1 failed\n");
    }

    @Test
    void unexpectedOutputFailsToo() {
        TranscriptResult result = new TranscriptRunner().run(defaultWorld, "x.transcript", "enter alice\n...\n> jump\n");
        assertThat(result.failure().orElseThrow().toString()).isEqualTo("""
                x.transcript:3: alice read something else after '@alice > jump' (line 3)
                --- expected (x.transcript)
                +++ actual (what alice read)
                +You jump on the spot.""");
    }

    @Test
    void syntaxErrorsNameTheLine() {
        TranscriptResult noOne = new TranscriptRunner().run(defaultWorld, "a.transcript", "# hi\n> look\n");
        assertThat(noOne.failure().orElseThrow().toString())
                .isEqualTo("a.transcript:2: cannot read the transcript: no one is playing yet; start with a line 'enter alice'");
        TranscriptResult regex = new TranscriptRunner().run(defaultWorld, "b.transcript", "enter bob\n~ (unclosed\n");
        assertThat(regex.failure().orElseThrow().location()).isEqualTo("b.transcript:2");
        TranscriptResult seed = new TranscriptRunner().run(defaultWorld, "c.transcript", "enter bob\n...\nseed 4\n");
        assertThat(seed.failure().orElseThrow().message()).contains("'seed' must come before the first step");
        TranscriptResult who = new TranscriptRunner().run(defaultWorld, "d.transcript", "enter bob\n...\n@carol > look\n");
        assertThat(who.failure().orElseThrow().message()).contains("carol has not entered the game");
        TranscriptResult gone = new TranscriptRunner().run(defaultWorld, "e.transcript",
                "enter bob\n...\ndisconnect bob\n> look\n");
        assertThat(gone.failure().orElseThrow().toString()).isEqualTo("e.transcript:4: cannot read the transcript: "
                + "bob has not entered the game; add a line 'enter bob' before this");
        TranscriptResult never = new TranscriptRunner().run(defaultWorld, "f.transcript", "disconnect bob\n");
        assertThat(never.failure().orElseThrow().message()).contains("bob has not entered the game");
    }

    /** A dropped connection leaves the character link-dead; entering again is a welcome back. */
    @Test
    void disconnectDropsAPlayersConnection() {
        TranscriptResult result = new TranscriptRunner().run(defaultWorld, "g.transcript", """
                enter carol
                ...
                enter alice
                ...
                disconnect carol
                @alice:
                Carol stares blankly, lost in thought.
                @alice > jump
                You jump on the spot.
                @carol:
                enter carol
                Welcome to the Tinker's Rest. Type 'look', then go and find the clockwork heart.
                Welcome back.
                The Common Room
                ...
                @alice:
                Carol wakes up.
                """);
        assertThat(result.failure()).isEmpty();
        assertThat(result.steps()).isEqualTo(5);
        assertThat(TranscriptParser.parse("h", "enter carol\ndisconnect carol\n").steps().get(1).describe())
                .isEqualTo("disconnect carol");
    }

    /** Several connections dropping in one moment: the room reads one line, and none of them may act. */
    @Test
    void disconnectSeveralDropsThemInOneMoment() {
        TranscriptResult result = new TranscriptRunner().run(defaultWorld, "g.transcript", """
                enter carol
                ...
                enter dora
                ...
                enter alice
                ...
                disconnect carol dora
                @alice:
                Carol and Dora stare blankly, lost in thought.
                @dora:
                """);
        assertThat(result.failure()).isEmpty();
        assertThat(TranscriptParser.parse("h", "enter carol\nenter dora\ndisconnect carol  Dora\n").steps().get(2).describe())
                .isEqualTo("disconnect carol dora");
        TranscriptResult twice = new TranscriptRunner().run(defaultWorld, "t.transcript",
                "enter bob\n...\ndisconnect bob bob\n");
        assertThat(twice.failure().orElseThrow().toString()).isEqualTo("t.transcript:3: cannot read the transcript: "
                + "'bob' is named twice in one 'disconnect'");
        TranscriptResult after = new TranscriptRunner().run(defaultWorld, "u.transcript",
                "enter bob\n...\nenter eve\n...\ndisconnect bob eve\n@eve > look\n");
        assertThat(after.failure().orElseThrow().message()).contains("eve has not entered the game");
    }

    @Test
    void escapedLinesAreLiteral() {
        Transcript t = TranscriptParser.parse("e", "enter alice\n\\...\n\\~ x\n\\enter bob\n");
        assertThat(t.steps().get(0).expectations().get("alice")).extracting(Expected::type, Expected::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Expected.Type.LITERAL, "..."),
                        org.assertj.core.groups.Tuple.tuple(Expected.Type.LITERAL, "~ x"),
                        org.assertj.core.groups.Tuple.tuple(Expected.Type.LITERAL, "enter bob"));
    }

    /**
     * Time passes on the manual clock only at 'wait', and behaviours draw from the transcript's
     * seeded generator: a ticking behaviour that announces a random number replays exactly.
     */
    @Test
    void waitMovesTheManualClockAndRandomnessIsSeeded() {
        Behaviour.Code ticker = (thing, definition, context) -> {
            LoopingCall loop = LoopingCall.of(context.reactor(), "tick", () -> context.deliver(
                    Event.everyone(null, thing.room(), "The sundial ticks " + context.random().nextInt(1000) + ".")));
            loop.start(definition.duration("interval"), false);
            return loop::stop;
        };
        // sprocket has 'wander' every 45s in the default world: use that name for the fake
        TranscriptRunner runner = new TranscriptRunner(StandardBehaviours.registry().withCode("wander", ticker));
        String first = runner.run(defaultWorld, "w", "enter alice\n...\n> n\n...\nwait 1m\n")
                .failure().orElseThrow().diff();
        assertThat(first).containsPattern("\\+The sundial ticks [0-9]+\\.");
        assertThat(first.lines().filter(l -> l.startsWith("+The sundial")).count()).isEqualTo(1);
        String again = runner.run(defaultWorld, "w", "enter alice\n...\n> n\n...\nwait 1m\n").failure().orElseThrow().diff();
        assertThat(again).isEqualTo(first);
        String passes = "seed 0\nenter alice\n...\n> n\n...\nwait 44s\nwait 1s\n" + first.lines()
                .filter(l -> l.startsWith("+")).map(l -> l.substring(1)).filter(l -> !l.startsWith("++")).findFirst().orElseThrow()
                + "\nwait 45s\n~ The sundial ticks [0-9]+\\.\n";
        assertThat(runner.run(defaultWorld, "w", passes).passed()).as(passes).isTrue();
        String otherSeed = runner.run(defaultWorld, "w", "seed 7\nenter alice\n...\n> n\n...\nwait 1m\n")
                .failure().orElseThrow().diff();
        assertThat(otherSeed).containsPattern("\\+The sundial ticks [0-9]+\\.");
    }

    @Test
    void aWorldWithErrorsRunsNoTranscripts(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("world.yaml"), "name: X\nstart: nowhere\nrooms:\n  hall: {description: A hall.}\n");
        Files.writeString(dir.resolve("a.transcript"), "enter alice\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = TranscriptRunner.test(dir, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(1);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("world.yaml:2:").contains("no transcripts were run");
    }

    /** The example transcript in docs/WORLD-FILES.md passes against the default world. */
    @Test
    void theDocumentedExamplePasses() throws IOException {
        String doc = Files.readString(TestPaths.repositoryRoot().resolve("docs/WORLD-FILES.md"));
        int section = doc.indexOf("## Transcript tests");
        int start = doc.indexOf("```\n# The lamp", section) + 4;
        String example = doc.substring(start, doc.indexOf("```", start));
        TranscriptResult result = new TranscriptRunner().run(defaultWorld, "docs", example);
        assertThat(result.failure()).isEmpty();
        assertThat(result.steps()).isEqualTo(6);
    }

    /** Every example docs/PLAYING.md marks as a transcript shows what the default world answers. */
    @Test
    void thePlayersGuideExamplesPass() throws IOException {
        String guide = Files.readString(TestPaths.repositoryRoot().resolve("docs/PLAYING.md"));
        String marker = "<!-- transcript -->\n```\n";
        int examples = 0;
        for (int at = guide.indexOf(marker); at >= 0; at = guide.indexOf(marker, at + 1)) {
            int start = at + marker.length();
            String example = guide.substring(start, guide.indexOf("```", start));
            examples++;
            TranscriptResult result = new TranscriptRunner().run(defaultWorld, "PLAYING.md example " + examples, example);
            assertThat(result.failure()).as(example).isEmpty();
        }
        assertThat(examples).isGreaterThanOrEqualTo(8);
    }

    static Path copyDefaultWorldTo(Path dir) throws IOException {
        Path from = TestPaths.defaultWorld();
        try (var walk = Files.walk(from)) {
            // The world files and the scripts they name; not the transcripts.
            for (Path p : walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".js")).toList()) {
                Path to = dir.resolve(from.relativize(p).toString());
                Files.createDirectories(to.getParent());
                Files.copy(p, to);
            }
        }
        return dir;
    }
}
