package brass.world.files.behaviour;

import brass.world.language.Lists;
import java.util.List;
import java.util.Set;

/**
 * What a behaviour may be attached to, in the words of world files. A thing that can be opened
 * (openable, lockable or locked) is both a {@link #THING} and an {@link #OPENABLE_THING}, so a
 * behaviour that needs something to close names {@code OPENABLE_THING} and is refused on a
 * thing without a lid, where it would start and never do anything.
 */
public enum Host {
    ROOM("rooms"),
    DOOR("doors"),
    ACTOR("actors"),
    THING("things"),
    OPENABLE_THING("things that open");

    private final String plural;

    Host(String plural) {
        this.plural = plural;
    }

    /** How documentation and messages name them: "things that open". */
    public String plural() {
        return plural;
    }

    /** "actors and things", in this enum's order. */
    public static String inWords(Set<Host> hosts) {
        List<String> words = hosts.stream().sorted().map(Host::plural).toList();
        return Lists.join(words, "and");
    }
}
