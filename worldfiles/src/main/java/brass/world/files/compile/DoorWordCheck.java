package brass.world.files.compile;

import brass.world.files.diagnostic.Problems;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Warns about an exit that reads as a door but has none: called a trapdoor, answering to "hatch",
 * or described as a gate. Players take the words at their meaning and type "open trapdoor", which
 * finds nothing, because only a declared door opens, closes and locks; so a builder who names a
 * door should declare one. Part of the {@link RoomPass}, after doors, so a door a side names counts.
 */
final class DoorWordCheck {

    /** Words for things that open and close across a way, singular and plural, each to its singular. */
    private static final Map<String, String> DOOR_WORDS = Map.ofEntries(Map.entry("door", "door"),
            Map.entry("doors", "door"), Map.entry("trapdoor", "trapdoor"), Map.entry("trapdoors", "trapdoor"),
            Map.entry("hatch", "hatch"), Map.entry("hatches", "hatch"), Map.entry("hatchway", "hatchway"),
            Map.entry("hatchways", "hatchway"), Map.entry("gate", "gate"), Map.entry("gates", "gate"),
            Map.entry("portcullis", "portcullis"), Map.entry("grate", "grate"), Map.entry("grates", "grate"),
            Map.entry("grating", "grating"), Map.entry("gratings", "grating"));

    private final Problems problems;

    DoorWordCheck(Problems problems) {
        this.problems = problems;
    }

    void check(Entry room, List<ExitDraft> exits) {
        for (ExitDraft exit : exits) {
            if (exit.door() != null || exit.doorField() != null) {
                continue;
            }
            String word = doorWord(exit);
            if (word != null) {
                problems.warning(exit.position(), "exit '" + exit.name() + "' of " + room.what()
                        + " reads as a door ('" + word + "') but has none, so 'open " + word + "' finds nothing",
                        "declare the door on it, e.g. door: {id: " + room.id() + "-" + word + ", name: " + word
                                + "}, and the same door on the exit back");
            }
        }
    }

    /** The first door word in the exit's name, its synonyms or its description; null if none. */
    private static String doorWord(ExitDraft exit) {
        String found = firstDoorWord(exit.name());
        for (int i = 0; found == null && i < exit.synonyms().size(); i++) {
            found = firstDoorWord(exit.synonyms().get(i));
        }
        return found != null ? found : firstDoorWord(exit.description());
    }

    private static String firstDoorWord(String text) {
        // The words are the runs of letters (what the pattern [^\p{L}]+ splits on), scanned by
        // hand: a check of 100,000 rooms reads every exit's name and text here.
        String lower = text.toLowerCase(Locale.ROOT);
        int i = 0;
        int n = lower.length();
        while (i < n) {
            while (i < n && !Character.isLetter(lower.codePointAt(i))) {
                i += Character.charCount(lower.codePointAt(i));
            }
            int start = i;
            while (i < n && Character.isLetter(lower.codePointAt(i))) {
                i += Character.charCount(lower.codePointAt(i));
            }
            if (i > start) {
                String door = DOOR_WORDS.get(lower.substring(start, i));
                if (door != null) {
                    return door;
                }
            }
        }
        return null;
    }
}
