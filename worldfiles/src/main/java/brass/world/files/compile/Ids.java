package brass.world.files.compile;

import java.util.Locale;

/** What an id may be: {@code [a-z0-9][a-z0-9_-]*}, one namespace for rooms, things, actors, doors and prototypes. */
final class Ids {

    private Ids() {
    }

    /** Whether {@code id} is a valid id, checked without a regular expression (every entry is checked). */
    static boolean isId(String id) {
        int length = id.length();
        if (length == 0) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = id.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || i > 0 && (c == '_' || c == '-'))) {
                return false;
            }
        }
        return true;
    }

    /** The id an entry's invalid key was probably meant to be, dashes trimmed: may be empty. */
    static String fixedEntryId(String written) {
        return written.toLowerCase(Locale.ROOT).trim().replaceAll("[^a-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
    }

    /** The id an inline door's invalid {@code id:} was probably meant to be (dashes kept, unlike an entry's). */
    static String fixedDoorId(String written) {
        return written.toLowerCase(Locale.ROOT).strip().replaceAll("[^a-z0-9_-]+", "-");
    }

    /** The message for an invalid id. */
    static String invalid(String written) {
        return "id '" + written + "' must be lower-case letters, digits, '-' and '_'";
    }
}
