package brass.world.files.compile;

import brass.world.reaction.Trigger;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What reactions are written on, for {@link ReactionPass}: a room, thing or actor ({@code kind}),
 * or a whole area ({@code kind} null, {@code id} its name, from an area file's own {@code reactions:}).
 */
record ReactionHost(String id, Kind kind, String what) {

    /** The triggers an area's reactions may use: what happens in any of its rooms, and the times. */
    static final Set<Trigger.Kind> AREA_TRIGGERS = Set.of(Trigger.Kind.ENTERS, Trigger.Kind.LEAVES,
            Trigger.Kind.SAYS, Trigger.Kind.EVERY, Trigger.Kind.START, Trigger.Kind.RESET);

    boolean isArea() {
        return kind == null;
    }

    /** Where a trigger an area cannot have belongs instead. */
    static String areaHint(Trigger.Kind kind) {
        if (kind.isDeed()) {
            return "write it on the thing that is " + kind.word;
        }
        if (kind == Trigger.Kind.GIVEN || kind == Trigger.Kind.ASKED || kind == Trigger.Kind.WHISPERS) {
            return "write it on an actor";
        }
        return "an area's triggers: " + AREA_TRIGGERS.stream().sorted().map(k -> k.word)
                .collect(Collectors.joining(", "));
    }
}
