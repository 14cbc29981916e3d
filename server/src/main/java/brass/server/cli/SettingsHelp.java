package brass.server.cli;

import brass.server.config.Setting;
import java.util.ArrayList;
import java.util.List;

/**
 * The settings part of {@code brass run --help}: every {@link Setting}, its default and its
 * description, written from the one list the loader reads by, so the help cannot leave one out.
 */
final class SettingsHelp {

    static final int WIDTH = 79;
    private static final String INDENT = "      ";

    private SettingsHelp() {
    }

    /** The footer of {@code brass run --help}, one line per element, none wider than {@link #WIDTH}. */
    static List<String> footer() {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("Settings in brass.yaml and their defaults (a flag wins over the file, the file");
        lines.add("over the default; docs/OPERATIONS.md says more):");
        for (Setting s : Setting.values()) {
            String value = s.defaultValue().isEmpty() ? "(empty)" : s.defaultValue();
            lines.add("  " + s.key() + ": " + value);
            lines.addAll(wrap(s.description(), INDENT, WIDTH));
        }
        return lines;
    }

    /** {@code text} in lines of at most {@code width} columns, each starting with {@code indent}, broken between words. */
    static List<String> wrap(String text, String indent, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(indent);
        for (String word : text.split(" ")) {
            if (line.length() > indent.length() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line = new StringBuilder(indent);
            }
            if (line.length() > indent.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
