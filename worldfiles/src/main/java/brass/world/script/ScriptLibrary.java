package brass.world.script;

import brass.world.files.diagnostic.SourcePosition;
import brass.world.files.diagnostic.Suggestions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A world's checked scripts, by file name: what a {@code WorldDefinition} carries and what
 * {@link Scripts#load} runs. Immutable. Also the lookup the reaction checker uses for
 * {@code do: {script: butler.greet}}: whether the function exists ({@link #function}) and, if not,
 * the nearest that does ({@link #didYouMean}).
 */
public final class ScriptLibrary {

    private static final ScriptLibrary NONE = new ScriptLibrary(Map.of());

    private final Map<String, ScriptFile> files;
    private final List<String> functionNames;

    private ScriptLibrary(Map<String, ScriptFile> files) {
        this.files = files;
        List<String> names = new ArrayList<>();
        files.values().forEach(f -> f.functions().keySet().forEach(fn -> names.add(f.name() + "." + fn)));
        this.functionNames = List.copyOf(names);
    }

    /** A world without scripts. */
    public static ScriptLibrary none() {
        return NONE;
    }

    /** The library of {@code files}, in the order given. */
    public static ScriptLibrary of(List<ScriptFile> files) {
        Map<String, ScriptFile> byName = new LinkedHashMap<>();
        for (ScriptFile f : files) {
            if (byName.putIfAbsent(f.name(), f) != null) {
                throw new IllegalArgumentException("two script files are called " + f.name());
            }
        }
        return files.isEmpty() ? NONE : new ScriptLibrary(Collections.unmodifiableMap(byName));
    }

    /** The files by name, in path order. */
    public Map<String, ScriptFile> files() {
        return files;
    }

    /** Every function, as {@code file.function}, in file order. */
    public List<String> functionNames() {
        return functionNames;
    }

    /** Where the function {@code file.function} is declared, if it exists. */
    public Optional<SourcePosition> function(String qualified) {
        int dot = qualified.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        ScriptFile file = files.get(qualified.substring(0, dot));
        return file == null ? Optional.empty() : Optional.ofNullable(file.functions().get(qualified.substring(dot + 1)));
    }

    public boolean has(String qualified) {
        return function(qualified).isPresent();
    }

    /**
     * The hint for a function that does not exist, for a diagnostic: "did you mean 'butler.greet'?"
     * for a near miss; else what the file has ("scripts/butler.js has greet, farewell"); else that
     * there is no such file ("there is no scripts/buttler.js").
     */
    public String hintFor(String qualified) {
        Optional<String> near = didYouMean(qualified);
        if (near.isPresent()) {
            return near.get();
        }
        int dot = qualified.indexOf('.');
        String fileName = dot < 0 ? qualified : qualified.substring(0, dot);
        ScriptFile file = files.get(fileName);
        if (file == null) {
            return "there is no scripts/" + fileName + ".js";
        }
        return file.functions().isEmpty() ? "scripts/" + fileName + ".js declares no functions"
                : "scripts/" + fileName + ".js has " + String.join(", ", file.functions().keySet());
    }

    /** {@link Suggestions#didYouMean} among the functions: "did you mean 'butler.greet'?". */
    public Optional<String> didYouMean(String qualified) {
        return Suggestions.didYouMean(qualified, functionNames);
    }

    public boolean isEmpty() {
        return files.isEmpty();
    }
}
