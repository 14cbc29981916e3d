package brass.world.files.compile;

import brass.world.files.diagnostic.Problems;
import brass.world.files.diagnostic.SourcePosition;
import brass.world.files.source.ScriptSource;
import brass.world.script.ScriptFile;
import brass.world.script.ScriptLibrary;
import brass.world.script.ScriptReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The world's scripts ({@code scripts/*.js}): each file's name, its syntax and the calls it makes
 * ({@link ScriptReader}), and the ids it writes literally, looked up here among the world's
 * entries. Runs in file order on one thread, after the entries are read, so that reactions, which
 * name script functions, can be checked against the {@link ScriptLibrary} it returns.
 */
final class ScriptPass {

    private final Index index;
    private final IdSuggestions suggestions;
    private final Problems problems;

    ScriptPass(Index index, IdSuggestions suggestions, Problems problems) {
        this.index = index;
        this.suggestions = suggestions;
        this.problems = problems;
    }

    /** The checked scripts, and the prototypes they make things from (which are therefore used). */
    record Checked(ScriptLibrary library, Set<String> created) {
    }

    Checked run(List<ScriptSource> sources) {
        List<ScriptFile> files = new ArrayList<>();
        Set<String> created = new HashSet<>();
        for (ScriptSource source : sources) {
            if (!Ids.isId(source.name())) {
                String fixed = Ids.fixedEntryId(source.name());
                problems.error(SourcePosition.of(source.label()), "script file name '" + source.name()
                        + "' must be lower-case letters, digits, '-' and '_'", fixed.isEmpty()
                        ? "rename it; reactions name its functions as FILE.function"
                        : "rename it to '" + fixed + ".js'");
                continue;
            }
            ScriptReader.Read read = ScriptReader.read(source, problems);
            for (ScriptReader.IdUse use : read.ids()) {
                check(use);
                if (use.function().equals("world.create")) {
                    created.add(use.id());
                }
            }
            read.file().ifPresent(files::add);
        }
        return new Checked(ScriptLibrary.of(files), created);
    }

    /** {@code world.thing} names a room, thing, actor or door; {@code world.create} a prototype. */
    private void check(ScriptReader.IdUse use) {
        if (index.isRejected(use.id())) {
            return;
        }
        Entry entry = index.get(use.id());
        boolean creates = use.function().equals("world.create");
        Kind[] wanted = creates ? new Kind[] {Kind.PROTOTYPE} : new Kind[] {Kind.ROOM, Kind.THING, Kind.ACTOR, Kind.DOOR};
        String says = use.function() + " names '" + use.id() + "'";
        if (entry == null) {
            problems.error(use.position(), says + ", which does not exist", suggestions.didYouMean(use.id(), wanted));
        } else if (creates && entry.kind() != Kind.PROTOTYPE) {
            problems.error(use.position(), says + ", which is a " + entry.kind().word + ", not a prototype");
        } else if (!creates && entry.kind() == Kind.PROTOTYPE) {
            problems.error(use.position(), says + ", which is a prototype, not in the world itself",
                    "make one with world.create('" + use.id() + "', place)");
        }
    }
}
