package brass.world.model;

import java.util.ArrayList;
import java.util.List;

/**
 * What actors wear: a {@link Flag#WEARABLE} thing is worn ({@link Flag#WORN}) by the actor who
 * carries it, on one place of the body ({@link Thing#wornOn()}), and one place takes one thing.
 */
public final class Wearing {

    /** The places of the body, head to foot: what world files may write as {@code worn-on}. */
    public static final List<String> PLACES = List.of("head", "face", "neck", "shoulders", "body", "arms", "hands",
            "waist", "legs", "feet");
    /** Where a wearable thing goes when its files say nothing. */
    public static final String DEFAULT_PLACE = "body";

    private Wearing() {
    }

    /** True when {@code wearer} wears {@code thing}: it carries it directly, and it is worn. */
    public static boolean wears(Thing wearer, Thing thing) {
        return thing.location() == wearer && thing.is(Flag.WORN);
    }

    /** What {@code wearer} wears on {@code place}, or null. */
    public static Thing wornOn(Thing wearer, String place) {
        if (wearer == null) {
            return null;
        }
        for (Thing t : wearer.contents()) {
            if (t.is(Flag.WORN) && t.wornOn().equals(place)) {
                return t;
            }
        }
        return null;
    }

    /** What {@code wearer} wears, in the order it came into their hands. */
    public static List<Thing> worn(Thing wearer) {
        return wearer.contents().stream().filter(t -> t.is(Flag.WORN)).toList();
    }

    /** What {@code holder} carries and does not wear, in order. */
    public static List<Thing> carried(Thing holder) {
        List<Thing> out = new ArrayList<>(holder.contents().size());
        for (Thing t : holder.contents()) {
            if (!t.is(Flag.WORN)) {
                out.add(t);
            }
        }
        return out;
    }
}
