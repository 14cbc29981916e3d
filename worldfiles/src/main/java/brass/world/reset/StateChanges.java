package brass.world.reset;

import brass.world.model.Flag;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What players see when a reset changes a thing's states: one sentence for its lid, one for its flame. */
final class StateChanges {

    private StateChanges() {
    }

    /** The templates (about {@code {subject}}) for a change from {@code before} to {@code after}. */
    static List<String> describe(Set<Flag> before, Set<Flag> after) {
        List<String> out = new ArrayList<>(2);
        boolean wasOpen = before.contains(Flag.OPEN);
        boolean isOpen = after.contains(Flag.OPEN);
        boolean wasLocked = before.contains(Flag.LOCKED);
        boolean isLocked = after.contains(Flag.LOCKED);
        if (wasOpen && !isOpen) {
            out.add(isLocked ? "{subject} swings shut and locks with a click." : "{subject} swings shut.");
        } else if (!wasOpen && isOpen) {
            out.add(wasLocked ? "{subject} unlocks with a click and swings open." : "{subject} swings open.");
        } else if (!wasLocked && isLocked) {
            out.add("{subject} locks with a click.");
        } else if (wasLocked && !isLocked) {
            out.add("{subject} unlocks with a click.");
        }
        boolean wasLit = before.contains(Flag.LIT);
        boolean isLit = after.contains(Flag.LIT);
        if (wasLit && !isLit) {
            out.add("{subject} goes out.");
        } else if (!wasLit && isLit) {
            out.add("{subject} flickers alight.");
        }
        return out;
    }
}
