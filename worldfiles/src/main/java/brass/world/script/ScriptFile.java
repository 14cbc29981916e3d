package brass.world.script;

import brass.world.files.diagnostic.SourcePosition;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.mozilla.javascript.Script;

/**
 * One checked script file, {@code scripts/NAME.js}: its top-level functions, which reactions
 * name as {@code NAME.function}, and the file compiled for Rhino's interpreter. Compiled once,
 * off the game loop, when the world is checked; the compiled script holds no state and is run
 * afresh in each world that loads it.
 *
 * @param name      the file's name without {@code .js}: {@code butler}
 * @param file      the file as the checker names it, for messages
 * @param functions the top-level functions declared in it, in order, with where each is declared
 * @param compiled  the compiled script
 */
public record ScriptFile(String name, String file, Map<String, SourcePosition> functions, Script compiled) {

    public ScriptFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        functions = Collections.unmodifiableMap(new LinkedHashMap<>(functions));
        Objects.requireNonNull(compiled, "compiled");
    }
}
