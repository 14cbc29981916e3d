package brass.protocols.play;

import brass.world.action.Descriptions;
import brass.world.markup.Markup;
import brass.world.model.Thing;
import java.util.Optional;

/**
 * The prompt a player chose, as they typed it: {@code %r} is replaced by the room's name,
 * {@code %n} by the character's name, {@code %e} by the exits ("n,d,out"), {@code %%} by a
 * percent sign; everything else is shown as typed (braces too: a prompt cannot colour).
 *
 * @param format what the player typed after {@code prompt}
 */
record PromptFormat(String format) {

    /** What a prompt shows when the player chose none. */
    static final PromptFormat DEFAULT = new PromptFormat(">");

    /** The longest format a player may choose, in characters. */
    static final int MAX_LENGTH = 80;

    static final String CODES = "%r room, %n your name, %e exits, %% a percent sign";

    /** Why {@code format} cannot be a prompt, or empty when it can. */
    static Optional<String> problem(String format) {
        if (format.length() > MAX_LENGTH) {
            return Optional.of("That prompt is too long (" + format.length() + " characters); the most is "
                    + MAX_LENGTH + ".");
        }
        for (int i = 0; i < format.length(); i++) {
            if (format.charAt(i) == '%') {
                char code = i + 1 < format.length() ? format.charAt(i + 1) : ' ';
                if ("rne%".indexOf(code) < 0) {
                    return Optional.of("'%" + (code == ' ' ? "" : code) + "' is not a prompt code. The codes: "
                            + CODES + ".");
                }
                i++;
            }
        }
        return Optional.empty();
    }

    /** The prompt's markup for {@code actor} now, ending with a space so typing starts apart from it. */
    String render(Thing actor) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 >= format.length()) {
                sb.append(Markup.escape(String.valueOf(c)));
                continue;
            }
            Thing room = actor.room();
            switch (format.charAt(++i)) {
                case 'r' -> sb.append(room == null ? "" : room.name());
                case 'n' -> sb.append(actor.name());
                case 'e' -> sb.append(room == null ? "" : Descriptions.exitWords(room));
                default -> sb.append('%');
            }
        }
        return sb.append(' ').toString();
    }
}
