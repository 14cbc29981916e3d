package brass.world.files;

import static org.assertj.core.api.Assertions.assertThat;

import brass.world.files.definition.ExitDefinition;
import brass.world.files.definition.RoomDefinition;
import brass.world.files.definition.WorldDefinition;
import brass.world.files.diagnostic.Diagnostic;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rooms are read on several threads. Whatever the threads' timing, a world must give the same
 * report, in the same order, and the same definition every time: these worlds have thousands of
 * rooms across many files with a mistake every few rooms, and doors named on exits, which are
 * read in order after the parallel part.
 */
class ParallelCheckTest {

    static final int ROOMS = 3000;
    static final int PER_FILE = 150;

    @TempDir
    Path dir;

    private void generate(boolean mistakes) throws IOException {
        generate(dir, mistakes);
    }

    /** Writes the ring into {@code dir}: with {@code mistakes}, several kinds, each every few rooms. */
    static void generate(Path dir, boolean mistakes) throws IOException {
        Files.writeString(dir.resolve("world.yaml"), "name: Ring\nstart: r0\ndescription: Rooms in a ring.\n");
        for (int file = 0; file * PER_FILE < ROOMS; file++) {
            try (BufferedWriter out = Files.newBufferedWriter(dir.resolve(String.format("area-%03d.yaml", file)))) {
                out.write("rooms:\n");
                for (int n = file * PER_FILE; n < (file + 1) * PER_FILE; n++) {
                    int next = (n + 1) % ROOMS;
                    int previous = (n + ROOMS - 1) % ROOMS;
                    out.write("  r" + n + ":\n    name: Room " + n + "\n");
                    if (!mistakes || n % 7 != 3) {
                        // Every seventh room has no description: a warning at the room.
                        out.write("    description: Room {bold}" + n + "{/} of the ring.\n");
                    }
                    if (mistakes && n % 11 == 5) {
                        out.write("    colour: red\n");
                    }
                    out.write("    exits:\n");
                    String east = mistakes && n % 13 == 2 ? "rr" + next : "r" + next;
                    if (n % 50 == 0) {
                        out.write("      east: {to: " + east + ", door: {id: gate-" + n + ", state: closed}}\n");
                    } else {
                        out.write("      east: " + east + "\n");
                    }
                    if (n % 50 == 1) {
                        out.write("      west: {to: r" + previous + ", door: gate-" + previous + "}\n");
                    } else {
                        out.write("      west: r" + previous + "\n");
                    }
                    if (mistakes && n % 17 == 4) {
                        out.write("      up: {to: r" + next + ", wierd: yes}\n");
                    }
                    if (mistakes && n % 19 == 6) {
                        out.write("      north: {to: r" + next + ", door: {id: Bad Id}}\n");
                    }
                }
            }
        }
    }

    @Test
    void aBrokenWorldGivesTheSameReportEveryTime() throws IOException {
        generate(true);
        CheckResult first = WorldChecker.check(dir);
        assertThat(first.hasErrors()).isTrue();
        assertThat(first.world()).isEmpty();
        List<Diagnostic> diagnostics = first.diagnostics();
        // Each kind of mistake is reported once per room that makes it, nothing is lost to a race.
        assertThat(count(diagnostics, "has no description")).isEqualTo(countRooms(n -> n % 7 == 3));
        assertThat(count(diagnostics, "unknown field 'colour'")).isEqualTo(countRooms(n -> n % 11 == 5));
        assertThat(count(diagnostics, "which does not exist")).isEqualTo(countRooms(n -> n % 13 == 2));
        assertThat(count(diagnostics, "unknown field 'wierd'")).isEqualTo(countRooms(n -> n % 17 == 4));
        assertThat(count(diagnostics, "'Bad Id' must be")).isEqualTo(countRooms(n -> n % 19 == 6));
        for (int run = 0; run < 5; run++) {
            CheckResult again = WorldChecker.check(dir);
            assertThat(again.report()).isEqualTo(first.report());
        }
    }

    @Test
    void aGoodWorldGivesTheSameDefinitionEveryTime() throws IOException {
        generate(false);
        CheckResult first = WorldChecker.check(dir);
        assertThat(first.hasErrors()).as(first.report()).isFalse();
        WorldDefinition world = first.world().orElseThrow();
        assertThat(world.rooms()).hasSize(ROOMS);
        assertThat(world.doors()).hasSize(ROOMS / 50);
        assertThat(List.copyOf(world.rooms().keySet())).startsWith("r0", "r1", "r2").endsWith("r2999");
        RoomDefinition gateRoom = world.rooms().get("r50");
        assertThat(gateRoom.exits()).extracting(ExitDefinition::name).containsExactly("east", "west");
        assertThat(gateRoom.exits().get(0).door()).contains("gate-50");
        assertThat(world.rooms().get("r51").exits().get(1).door()).contains("gate-50");
        for (int run = 0; run < 3; run++) {
            CheckResult again = WorldChecker.check(dir);
            assertThat(again.report()).isEqualTo(first.report());
            assertThat(again.world().orElseThrow()).isEqualTo(world);
        }
    }

    @Test
    void suggestionsStopWhenAWorldIsTooBrokenToSearchButProblemsDoNot() throws IOException {
        generate(true);
        var standard = brass.world.behaviour.standard.StandardBehaviours.registry();
        CheckResult full = WorldChecker.check(dir);
        long misspelt = countRooms(n -> n % 13 == 2);
        assertThat(full.diagnostics()).filteredOn(d -> d.text().contains("which does not exist"))
                .hasSize((int) misspelt)
                .allSatisfy(d -> assertThat(d.text()).contains("did you mean 'r"));
        // Room for ten searches among the 3,000 room ids: the first ten misspellings get their
        // suggestion, the rest are still reported, without one.
        CheckResult budgeted = new WorldChecker(standard, 10L * ROOMS).checkFolder(dir);
        List<Diagnostic> missing = budgeted.diagnostics().stream()
                .filter(d -> d.text().contains("which does not exist")).toList();
        assertThat(missing).hasSize((int) misspelt);
        assertThat(missing.stream().filter(d -> d.text().contains("did you mean")).count()).isEqualTo(10);
        assertThat(budgeted.errorCount()).isEqualTo(full.errorCount());
        // The first ten in file order get theirs, on every run: the report does not depend on
        // which thread got to the budget first.
        for (int run = 0; run < 10; run++) {
            assertThat(new WorldChecker(standard, 10L * ROOMS).checkFolder(dir).report()).isEqualTo(budgeted.report());
        }
    }

    private static long count(List<Diagnostic> diagnostics, String text) {
        return diagnostics.stream().filter(d -> d.text().contains(text)).count();
    }

    private static long countRooms(java.util.function.IntPredicate which) {
        return java.util.stream.IntStream.range(0, ROOMS).filter(which).count();
    }
}
