package brass.world.reaction;

import java.util.List;

/**
 * The words a reaction may use instead of an id: {@code self} (what the reaction is written on),
 * {@code player} (who set it off), {@code thing} (what the trigger was about: the thing given,
 * taken, opened) and {@code here} (the room it happens in).
 */
public final class Ref {

    public static final String SELF = "self";
    public static final String PLAYER = "player";
    public static final String THING = "thing";
    public static final String HERE = "here";
    public static final List<String> WORDS = List.of(SELF, PLAYER, THING, HERE);

    private Ref() {
    }
}
