package brass.world.transcript;

import brass.world.files.behaviour.Durations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads the transcript format. Line by line (trailing spaces ignored, blank lines skipped):
 *
 * <pre>
 * # a comment
 * seed 42              the random seed for behaviours; only before the first step (default 0)
 * enter alice          alice comes into the game; she is now the current player
 * > look               the current player types "look"
 * @bob > take lamp     bob types it; bob is now the current player
 * as alice             alice is the current player again (no step)
 * wait 5s              five seconds of game time pass (500ms, 1m30s ... as in world files)
 * disconnect alice     alice's connection drops: her character stays, link-dead, until 'enter alice'
 * disconnect amy ben   their connections drop in the same moment (one turn of the loop)
 * @bob:                the lines below are what bob reads during this step
 * text                 a line that must appear exactly
 * ~ regex              a line the regular expression matches as a whole
 * ...                  any number of lines (perhaps none)
 * \text                a literal line that would otherwise read as one of the above
 * </pre>
 *
 * Lines after a step, before any {@code @name:}, are what the step's player reads; a step
 * without them means that player reads nothing. Other players are only checked where an
 * {@code @name:} block says what they read (an empty block: nothing).
 */
public final class TranscriptParser {

    private static final String NAME = "[A-Za-z][A-Za-z0-9_\\-]{0,23}";
    private static final Pattern COMMAND = Pattern.compile("(?:@(" + NAME + ")\\s*)?>\\s?(.*)");
    private static final Pattern ENTER = Pattern.compile("enter (" + NAME + ")");
    private static final Pattern AS = Pattern.compile("as (" + NAME + ")");
    private static final Pattern WAIT = Pattern.compile("wait (\\S+)");
    private static final Pattern DISCONNECT = Pattern.compile("disconnect (" + NAME + "(?: +" + NAME + ")*)");
    private static final Pattern SEED = Pattern.compile("seed (-?\\d{1,18})");
    private static final Pattern HEADER = Pattern.compile("@(" + NAME + "):");

    private final String name;
    private final List<Step> steps = new ArrayList<>();
    private long seed;
    private String current;
    private final List<String> entered = new ArrayList<>();

    // The step being read.
    private int stepLine;
    private Step.Kind kind;
    private String player;
    private String command;
    private Duration wait;
    private List<String> together = List.of();
    private Map<String, List<Expected>> expectations;
    private List<Expected> block;

    private TranscriptParser(String name) {
        this.name = name;
    }

    /**
     * Parses a transcript's text.
     *
     * @param name how the transcript is named in messages (its relative path)
     * @throws TranscriptSyntaxException naming the line, when the text is not a transcript
     */
    public static Transcript parse(String name, String text) {
        return new TranscriptParser(name).run(text);
    }

    private Transcript run(String text) {
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            line(i + 1, lines[i].stripTrailing());
        }
        finish();
        return new Transcript(name, seed, steps);
    }

    private void line(int n, String line) {
        if (line.isBlank() || line.startsWith("#")) {
            return;
        }
        Matcher m;
        if ((m = COMMAND.matcher(line)).matches()) {
            String who = m.group(1) == null ? current : lower(m.group(1));
            if (who == null) {
                throw error(n, "no one is playing yet; start with a line 'enter alice'");
            }
            requireEntered(n, who);
            begin(n, Step.Kind.COMMAND, who);
            command = m.group(2);
        } else if ((m = ENTER.matcher(line)).matches()) {
            String who = lower(m.group(1));
            begin(n, Step.Kind.ENTER, who);
            if (!entered.contains(who)) {
                entered.add(who);
            }
        } else if ((m = WAIT.matcher(line)).matches() && isDuration(m.group(1))) {
            begin(n, Step.Kind.WAIT, current);
            wait = Durations.parse(m.group(1));
        } else if ((m = DISCONNECT.matcher(line)).matches()) {
            List<String> names = new ArrayList<>();
            for (String each : m.group(1).split(" +")) {
                String who = lower(each);
                requireEntered(n, who);
                if (names.contains(who)) {
                    throw error(n, "'" + who + "' is named twice in one 'disconnect'");
                }
                names.add(who);
            }
            begin(n, Step.Kind.DISCONNECT, names.get(0));
            together = names.subList(1, names.size());
            // Gone until they enter again: nothing they type can reach the game meanwhile.
            entered.removeAll(names);
        } else if ((m = AS.matcher(line)).matches()) {
            finish();
            current = lower(m.group(1));
            requireEntered(n, current);
        } else if ((m = SEED.matcher(line)).matches()) {
            if (!steps.isEmpty() || kind != null) {
                throw error(n, "'seed' must come before the first step");
            }
            seed = Long.parseLong(m.group(1));
        } else if ((m = HEADER.matcher(line)).matches()) {
            requireStep(n);
            block = expectations.computeIfAbsent(lower(m.group(1)), k -> new ArrayList<>());
        } else {
            requireStep(n);
            block.add(expected(n, line));
        }
    }

    private Expected expected(int n, String line) {
        if (line.equals("...")) {
            return Expected.any(n);
        }
        if (line.startsWith("~ ")) {
            try {
                return Expected.regex(n, line.substring(2));
            } catch (PatternSyntaxException e) {
                throw error(n, "bad regular expression after '~ ': " + e.getDescription());
            }
        }
        if (line.startsWith("\\")) {
            return Expected.literal(n, line.substring(1));
        }
        return Expected.literal(n, line);
    }

    private void begin(int n, Step.Kind newKind, String who) {
        finish();
        stepLine = n;
        kind = newKind;
        player = who;
        current = who;
        command = null;
        wait = null;
        together = List.of();
        expectations = new LinkedHashMap<>();
        block = who == null ? null : new ArrayList<>();
        if (who != null) {
            expectations.put(who, block);
        }
    }

    private void finish() {
        if (kind != null) {
            steps.add(new Step(stepLine, kind, player, command, wait, expectations, together));
            kind = null;
        }
    }

    private void requireStep(int n) {
        if (kind == null) {
            throw error(n, "expected output comes after a step ('> command', 'enter NAME', 'wait 5s' or 'disconnect NAME')");
        }
        if (block == null) {
            throw error(n, "after 'wait' with no one playing, say whose output this is with a line '@name:'");
        }
    }

    private void requireEntered(int n, String who) {
        if (!entered.contains(who)) {
            throw error(n, who + " has not entered the game; add a line 'enter " + who + "' before this");
        }
    }

    private static boolean isDuration(String text) {
        try {
            Durations.parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private TranscriptSyntaxException error(int n, String message) {
        return new TranscriptSyntaxException(name, n, message);
    }
}
