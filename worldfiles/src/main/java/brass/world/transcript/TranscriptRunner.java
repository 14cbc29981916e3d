package brass.world.transcript;

import brass.engine.reactor.ManualReactor;
import brass.world.behaviour.BehaviourContext;
import brass.world.behaviour.BehaviourRegistry;
import brass.world.behaviour.RunningBehaviours;
import brass.world.behaviour.standard.StandardBehaviours;
import brass.world.build.WorldBuilder;
import brass.world.files.CheckResult;
import brass.world.files.WorldChecker;
import brass.world.files.definition.WorldDefinition;
import brass.world.game.Game;
import brass.world.game.PlayerView;
import brass.world.game.PlayerSession;
import brass.world.markup.Markup;
import brass.world.model.World;
import brass.world.reaction.Reactions;
import brass.world.script.ScriptBudget;
import brass.world.script.ScriptNotices;
import brass.world.script.Scripts;
import brass.world.reset.AreaResets;
import brass.world.reset.ResetCommand;
import brass.world.talk.TalkCommands;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Runs transcript tests. Each transcript gets a world freshly built from the same checked
 * definition, a {@link ManualReactor} whose clock moves only on {@code wait}, and a
 * {@link SplittableRandom} seeded from the transcript's {@code seed}; so a transcript is fully
 * deterministic. After every step the world's invariants are checked too ({@link World#problems}):
 * a transcript that duplicates a thing fails even if its text looks right.
 *
 * <p>What a player read is compared with colour markup stripped, trailing spaces removed and
 * blank lines dropped, so expectations are plain text.
 *
 * <p>The entry point for {@code bin/brass test WORLD} is {@link #test(Path, PrintStream)}.
 */
public final class TranscriptRunner {

    /** Transcript files end in this. */
    public static final String SUFFIX = ".transcript";

    private final WorldChecker checker;

    /** A runner that checks worlds against the standard behaviours and runs them. */
    public TranscriptRunner() {
        this(StandardBehaviours.registry());
    }

    /** A runner of the behaviours in {@code behaviours}, which it also checks worlds against. */
    public TranscriptRunner(BehaviourRegistry behaviours) {
        this.checker = new WorldChecker(Objects.requireNonNull(behaviours, "behaviours"));
    }

    /**
     * {@code brass test WORLD}: checks the world, runs every transcript in it, writes the report
     * to {@code out}, and returns the exit code: 0 when all pass, 1 otherwise.
     */
    public static int test(Path worldFolder, PrintStream out) {
        TranscriptReport report = new TranscriptRunner().run(worldFolder);
        out.print(report.format());
        out.flush();
        return report.exitCode();
    }

    /** {@code brass test WORLD}: exits 0 when every transcript passes, 1 when not, 2 when used wrongly. */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: brass test WORLD-FOLDER");
            System.exit(2);
        }
        System.exit(test(Path.of(args[0]), System.out));
    }

    /** Checks the world in {@code worldFolder} and runs every {@code *.transcript} under it, in path order. */
    public TranscriptReport run(Path worldFolder) {
        CheckResult check = checker.checkFolder(worldFolder);
        if (check.world().isEmpty()) {
            return new TranscriptReport(worldFolder.toString(), check.report(), List.of());
        }
        List<TranscriptResult> results = new ArrayList<>();
        for (Path file : transcripts(worldFolder)) {
            String name = worldFolder.relativize(file).toString().replace('\\', '/');
            results.add(run(check.world().get(), name, read(file)));
        }
        return new TranscriptReport(worldFolder.toString(), "", results);
    }

    /** Every transcript file under {@code folder}, skipping hidden files and folders, sorted. */
    public static List<Path> transcripts(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(SUFFIX))
                    .filter(p -> !hidden(folder.relativize(p)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses and runs one transcript's text against a fresh world built from {@code definition}. */
    public TranscriptResult run(WorldDefinition definition, String name, String text) {
        Transcript transcript;
        try {
            transcript = TranscriptParser.parse(name, text);
        } catch (TranscriptSyntaxException e) {
            return new TranscriptResult(name, 0, Optional.of(new TranscriptResult.Failure(
                    name + ":" + e.line(), "cannot read the transcript: " + e.reason(), "")));
        }
        return run(definition, transcript);
    }

    /** Runs a parsed transcript against a fresh world built from {@code definition}. */
    public TranscriptResult run(WorldDefinition definition, Transcript transcript) {
        ManualReactor reactor = new ManualReactor();
        World world = WorldBuilder.build(definition);
        Game game = new Game(world, reactor);
        game.socials(definition.socials());
        RunningBehaviours running = RunningBehaviours.start(world, definition, checker.behaviours(),
                new BehaviourContext(game, new SplittableRandom(transcript.seed())));
        // Every player in a transcript is a builder, told of script errors. A call is timed on the
        // manual clock, which stands still while it runs: only the instruction budget stops a
        // script, so a transcript reads the same however fast the machine is.
        Scripts scripts = new Scripts(ScriptBudget.DEFAULT, new SplittableRandom(transcript.seed()),
                reactor.clock()::nanoTime, new ScriptNotices(game, actor -> true));
        scripts.load(definition.scripts());
        Reactions reactions = Reactions.start(game, definition, scripts, new SplittableRandom(transcript.seed() + 1),
                (player, role) -> true, true);
        AreaResets resets = AreaResets.start(game, definition);
        resets.addHook(outcome -> reactions.areaReset(outcome.area(), outcome.rooms(), outcome.things()));
        TalkCommands.install(game, () -> definition, reactions::conditions);
        ResetCommand.install(game, resets, actor -> true);
        Map<String, Capture> captures = new LinkedHashMap<>();
        Map<String, PlayerSession> sessions = new HashMap<>();
        int done = 0;
        try {
            for (Step step : transcript.steps()) {
                captures.values().forEach(Capture::clear);
                Optional<TranscriptResult.Failure> failure = perform(step, transcript, game, reactor, captures, sessions);
                if (failure.isEmpty()) {
                    failure = compare(step, transcript, captures, world);
                }
                done++;
                if (failure.isPresent()) {
                    return new TranscriptResult(transcript.name(), done, failure);
                }
            }
            return new TranscriptResult(transcript.name(), done, Optional.empty());
        } finally {
            reactions.stop();
            running.stopAll();
            resets.stop();
        }
    }

    private static Optional<TranscriptResult.Failure> perform(Step step, Transcript transcript, Game game,
                                                              ManualReactor reactor, Map<String, Capture> captures,
                                                              Map<String, PlayerSession> sessions) {
        String at = transcript.name() + ":" + step.line();
        try {
            switch (step.kind()) {
                case ENTER -> {
                    Capture capture = captures.computeIfAbsent(step.player(), k -> new Capture());
                    sessions.put(step.player(), game.enter(step.player(), capture));
                }
                case COMMAND -> sessions.get(step.player()).perform(step.command());
                case WAIT -> reactor.advance(step.pause());
                case DISCONNECT -> {
                    sessions.get(step.player()).linkLost();
                    step.together().forEach(p -> sessions.get(p).linkLost());
                }
            }
            reactor.runUntilIdle();
        } catch (RuntimeException e) {
            return Optional.of(new TranscriptResult.Failure(at, "'" + step.describe() + "' failed: " + e, ""));
        }
        return Optional.empty();
    }

    private static Optional<TranscriptResult.Failure> compare(Step step, Transcript transcript,
                                                              Map<String, Capture> captures, World world) {
        for (Map.Entry<String, List<Expected>> e : step.expectations().entrySet()) {
            Capture capture = captures.get(e.getKey());
            List<String> actual = capture == null ? List.of() : capture.lines();
            LineDiff diff = new LineDiff(e.getValue(), actual);
            if (!diff.matches()) {
                int line = diff.firstMismatchLine(step.line());
                String message = e.getKey() + " read something else after '" + step.describe() + "' (line "
                        + step.line() + ")";
                StringBuilder text = new StringBuilder("--- expected (" + transcript.name() + ")\n+++ actual (what "
                        + e.getKey() + " read)\n");
                diff.lines().forEach(l -> text.append(l).append('\n'));
                return Optional.of(new TranscriptResult.Failure(transcript.name() + ":" + line, message,
                        text.toString().stripTrailing()));
            }
        }
        List<String> problems = world.problems();
        if (!problems.isEmpty()) {
            return Optional.of(new TranscriptResult.Failure(transcript.name() + ":" + step.line(),
                    "the world broke after '" + step.describe() + "': " + String.join("; ", problems), ""));
        }
        return Optional.empty();
    }

    /** What one player read: every message, split into lines, markup stripped, blank lines dropped. */
    private static final class Capture implements PlayerView {

        private final List<String> lines = new ArrayList<>();

        @Override
        public void send(String text) {
            add(text);
        }

        @Override
        public void close(String farewell) {
            if (farewell != null) {
                add(farewell);
            }
        }

        private void add(String text) {
            for (String line : Markup.strip(text).split("\\R")) {
                String trimmed = line.stripTrailing();
                if (!trimmed.isBlank()) {
                    lines.add(trimmed);
                }
            }
        }

        List<String> lines() {
            return List.copyOf(lines);
        }

        void clear() {
            lines.clear();
        }
    }
}
