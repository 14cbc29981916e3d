package brass.world.script;

import brass.world.files.diagnostic.Problems;
import brass.world.files.diagnostic.SourcePosition;
import brass.world.files.diagnostic.Suggestions;
import brass.world.files.source.ScriptSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mozilla.javascript.CompilerEnvirons;
import org.mozilla.javascript.ErrorReporter;
import org.mozilla.javascript.EvaluatorException;
import org.mozilla.javascript.Parser;
import org.mozilla.javascript.ast.Assignment;
import org.mozilla.javascript.ast.AstNode;
import org.mozilla.javascript.ast.AstRoot;
import org.mozilla.javascript.ast.CatchClause;
import org.mozilla.javascript.ast.FunctionCall;
import org.mozilla.javascript.ast.FunctionNode;
import org.mozilla.javascript.ast.Name;
import org.mozilla.javascript.ast.PropertyGet;
import org.mozilla.javascript.ast.StringLiteral;
import org.mozilla.javascript.ast.VariableInitializer;

/**
 * Checks one script file and compiles it, off the game loop: the first syntax error, at its line
 * and column; top-level functions declared twice; calls to functions the file never declares and
 * scripts do not have ({@code greeet()}, {@code new Date()}); calls to {@code world.} functions
 * that do not exist. It returns the ids the file writes literally in {@code world.thing("...")}
 * and {@code world.create("...", ...)}, for the checker to look up.
 */
public final class ScriptReader {

    /** An id written literally in a call of {@code function} ({@code world.thing}), at {@code position}. */
    public record IdUse(String function, String id, SourcePosition position) {
    }

    /** What reading a file gave: the checked file when it has no error, and the ids it names. */
    public record Read(Optional<ScriptFile> file, List<IdUse> ids) {
    }

    private ScriptReader() {
    }

    /** Reads {@code source}; problems go to {@code problems}. */
    public static Read read(ScriptSource source, Problems problems) {
        Lines lines = new Lines(source.label(), source.text());
        Optional<AstRoot> parsed = parse(source, problems);
        if (parsed.isEmpty()) {
            return new Read(Optional.empty(), List.of());
        }
        Walk walk = new Walk(lines, problems);
        parsed.get().visitAll(walk::declarations);
        Map<String, SourcePosition> functions = topLevelFunctions(parsed.get(), lines, problems);
        parsed.get().visitAll(walk::calls);
        if (walk.errors > 0 || functions == null) {
            return new Read(Optional.empty(), walk.ids);
        }
        try {
            return new Read(Optional.of(new ScriptFile(source.name(), source.label(), functions,
                    Sandbox.compile(source.text(), source.label()))), walk.ids);
        } catch (EvaluatorException e) {
            problems.error(new SourcePosition(source.label(), Math.max(e.lineNumber(), 0), Math.max(e.columnNumber(), 0)),
                    "JavaScript: " + e.details());
            return new Read(Optional.empty(), walk.ids);
        } catch (RuntimeException | StackOverflowError e) {
            // What parsed may still be too deep to compile: the file is refused, the check goes on.
            problems.error(SourcePosition.of(source.label()), "JavaScript: cannot compile: "
                    + (e instanceof StackOverflowError ? "nested too deeply" : e.getMessage()));
            return new Read(Optional.empty(), walk.ids);
        }
    }

    /** The file's syntax tree, or its first syntax error reported. */
    private static Optional<AstRoot> parse(ScriptSource source, Problems problems) {
        List<SourcePosition> at = new ArrayList<>(1);
        List<String> messages = new ArrayList<>(1);
        ErrorReporter reporter = new ErrorReporter() {
            @Override
            public void warning(String message, String file, int line, String lineSource, int column) {
                // Rhino's warnings are about style; the checker reports what would fail.
            }

            @Override
            public void error(String message, String file, int line, String lineSource, int column) {
                if (messages.isEmpty()) {
                    messages.add(message);
                    at.add(new SourcePosition(source.label(), Math.max(line, 1), Math.max(column, 1)));
                }
            }

            @Override
            public EvaluatorException runtimeError(String message, String file, int line, String lineSource,
                                                   int column) {
                error(message, file, line, lineSource, column);
                return new EvaluatorException(message, file, line, lineSource, column);
            }
        };
        AstRoot root = null;
        try {
            root = Sandbox.inContext(cx -> {
                CompilerEnvirons env = new CompilerEnvirons();
                env.initFromContext(cx);
                env.setErrorReporter(reporter);
                return new Parser(env, reporter).parse(source.text(), source.label(), 1);
            });
        } catch (RuntimeException | StackOverflowError stopped) {
            // Reported to the reporter first; a file nested so deep that the parser overflows is one error too.
            if (messages.isEmpty()) {
                messages.add(stopped instanceof StackOverflowError ? "nested too deeply to read" : stopped.getMessage());
                at.add(SourcePosition.of(source.label()));
            }
        }
        if (!messages.isEmpty()) {
            problems.error(at.get(0), "JavaScript syntax: " + messages.get(0));
            return Optional.empty();
        }
        return Optional.of(root);
    }

    /** The functions declared at the top of the file, by name; null when one is declared twice. */
    private static Map<String, SourcePosition> topLevelFunctions(AstRoot root, Lines lines, Problems problems) {
        Map<String, SourcePosition> functions = new LinkedHashMap<>();
        boolean twice = false;
        for (org.mozilla.javascript.Node node : root) {
            if (node instanceof FunctionNode f && f.getFunctionName() != null
                    && f.getFunctionType() == FunctionNode.FUNCTION_STATEMENT) {
                String name = f.getName();
                SourcePosition here = lines.at(f.getFunctionName());
                SourcePosition first = functions.putIfAbsent(name, here);
                if (first != null) {
                    problems.error(here, "function '" + name + "' is declared twice (first at " + first + ")",
                            "rename one of them");
                    twice = true;
                }
            }
        }
        return twice ? null : functions;
    }

    /** The two walks over the tree: what the file declares, then what it calls. */
    private static final class Walk {

        private final Lines lines;
        private final Problems problems;
        private final Set<String> declared = new HashSet<>();
        private final List<IdUse> ids = new ArrayList<>();
        private int errors;

        Walk(Lines lines, Problems problems) {
            this.lines = lines;
            this.problems = problems;
        }

        /**
         * Every name the file declares anywhere, in any scope: more than any one call can see, so a
         * call is only reported when nothing anywhere could define it.
         */
        boolean declarations(AstNode node) {
            if (node instanceof FunctionNode f) {
                if (f.getFunctionName() != null) {
                    declared.add(f.getName());
                }
                f.getParams().forEach(this::declareNames);
            } else if (node instanceof VariableInitializer v) {
                declareNames(v.getTarget());
            } else if (node instanceof CatchClause c && c.getVarName() != null) {
                declareNames(c.getVarName());
            } else if (node instanceof Assignment a && a.getLeft() instanceof Name n) {
                declared.add(n.getIdentifier());
            }
            return true;
        }

        private void declareNames(AstNode target) {
            target.visit(n -> {
                if (n instanceof Name name) {
                    declared.add(name.getIdentifier());
                }
                return true;
            });
        }

        boolean calls(AstNode node) {
            if (!(node instanceof FunctionCall call)) {
                return true;
            }
            AstNode target = call.getTarget();
            if (target instanceof Name name) {
                callOf(name);
            } else if (target instanceof PropertyGet get && get.getTarget() instanceof Name on
                    && on.getIdentifier().equals(WorldHandle.NAME) && !declared.contains(WorldHandle.NAME)) {
                worldCall(get.getProperty(), call.getArguments());
            }
            return true;
        }

        private void callOf(Name name) {
            String called = name.getIdentifier();
            if (declared.contains(called)) {
                return;
            }
            if (StandardScope.REMOVED.contains(called) || called.equals("Function")) {
                errors++;
                problems.error(lines.at(name), "'" + called + "' is not available to scripts");
                return;
            }
            if (Sandbox.globalNames().contains(called)) {
                return;
            }
            errors++;
            List<String> known = new ArrayList<>(declared);
            known.addAll(Sandbox.globalNames());
            problems.error(lines.at(name), "call to unknown function '" + called + "'",
                    Suggestions.didYouMean(called, known));
        }

        private void worldCall(Name function, List<AstNode> arguments) {
            String name = function.getIdentifier();
            String qualified = WorldHandle.NAME + "." + name;
            if (!WorldHandle.FUNCTIONS.contains(name)) {
                errors++;
                problems.error(lines.at(function), "unknown function '" + qualified + "'",
                        Suggestions.nearest(name, WorldHandle.FUNCTIONS).map(s -> "did you mean 'world." + s + "'?")
                                .orElse("world has " + String.join(", ", WorldHandle.FUNCTIONS)));
                return;
            }
            if ((name.equals("thing") || name.equals("create")) && !arguments.isEmpty()
                    && arguments.get(0) instanceof StringLiteral literal) {
                ids.add(new IdUse(qualified, literal.getValue(), lines.at(literal)));
            }
        }
    }

    /** Line and column (both 1-based, columns in characters) of an offset in the file. */
    private static final class Lines {

        private final String label;
        private final String text;
        private final int[] starts;

        Lines(String label, String text) {
            this.label = label;
            this.text = text;
            List<Integer> found = new ArrayList<>();
            found.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                    found.add(i + 1);
                }
            }
            starts = found.stream().mapToInt(Integer::intValue).toArray();
        }

        SourcePosition at(AstNode node) {
            int offset = Math.min(node.getAbsolutePosition(), text.length());
            int line = java.util.Arrays.binarySearch(starts, offset);
            if (line < 0) {
                line = -line - 2;
            }
            return new SourcePosition(label, line + 1, text.codePointCount(starts[line], offset) + 1);
        }
    }
}
