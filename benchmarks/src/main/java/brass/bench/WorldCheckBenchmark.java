package brass.bench;

import brass.world.build.WorldBuilder;
import brass.world.files.CheckResult;
import brass.world.files.GridWorld;
import brass.world.files.WorldChecker;
import brass.world.model.World;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading, checking and building the generated 100,000-room world ({@link brass.world.files.GridWorld}):
 * one check plus one build per operation, timed once each (single shot), after warm-up in the same
 * JVM. This is the steady figure; a fresh JVM's first load (what {@code bin/brass check} pays) is
 * measured by {@link WorldLoad} and by timing the launcher, and is written beside it in
 * docs/BENCHMARKS.md.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar WorldCheckBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4)
@Measurement(iterations = 10)
@Fork(value = 2, jvmArgsAppend = "-Xmx4g")
public class WorldCheckBenchmark {

    @Param({"400"})
    public int width;

    @Param({"250"})
    public int height;

    private Path folder;

    @Setup(Level.Trial)
    public void generate() throws IOException {
        folder = Files.createTempDirectory("brass-world-check");
        GridWorld.of(width, height).writeTo(folder);
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Check and build: what a server does with a world folder before it opens its ports. */
    @Benchmark
    public World checkAndBuild() {
        CheckResult result = WorldChecker.check(folder);
        return WorldBuilder.build(result.world().orElseThrow(() -> new IllegalStateException(result.report())));
    }
}
