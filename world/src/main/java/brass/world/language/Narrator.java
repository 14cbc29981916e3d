package brass.world.language;

import brass.world.model.Gender;
import brass.world.model.Thing;

/**
 * Renders an {@link Event} for one observer. Pure: the same event, observer and light give the
 * same text, so rendering can happen wherever the observer's session is.
 */
public final class Narrator {

    private Narrator() {
    }

    /**
     * True when {@code observer} plays no part in {@code event}: what they read then depends
     * only on whether they can see, so one rendering serves every such observer.
     */
    public static boolean isBystander(Event event, Thing observer) {
        return observer != event.actor() && observer != event.target() && observer != event.tool()
                && observer != event.subject();
    }

    /** The text {@code observer} reads, or null if this event shows them nothing. */
    public static String render(Event event, Thing observer, boolean observerCanSee) {
        String template;
        boolean isActor = observer == event.actor();
        if (isActor) {
            template = event.toActor();
        } else if (observer == event.target() && event.toTarget() != null) {
            template = event.toTarget();
        } else {
            template = event.toOthers();
        }
        if (template == null) {
            return null;
        }
        // Whoever did a thing, or had it done to them, knows what happened even in the dark.
        boolean sees = observerCanSee || isActor || observer == event.target();
        return fill(template, event, observer, isActor, sees);
    }

    // Capitalises the sentence's first letter as it is produced, so that literal text (what a
    // player said) and markup are never mistaken for the start of the sentence.
    private static String fill(String template, Event e, Thing observer, boolean isActor, boolean sees) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        boolean atStart = true;
        int i = 0;
        int n = template.length();
        while (i < n) {
            char c = template.charAt(i);
            int close;
            if (c != '{' || (close = template.indexOf('}', i)) < 0) {
                if (atStart && Character.isLetter(c)) {
                    c = Character.toUpperCase(c);
                    atStart = false;
                } else if (atStart && !Character.isWhitespace(c) && c != '"' && c != '\'') {
                    atStart = false;
                }
                out.append(c);
                i++;
                continue;
            }
            String token = template.substring(i + 1, close);
            String replacement = replace(token, e, observer, isActor, sees);
            if (replacement == null) {
                out.append(template, i, close + 1);
            } else if (token.equals("text") || token.endsWith(".name")) {
                // Literal text stays as typed; a bare name is a label ("lamp: Taken.")
                out.append(replacement);
                atStart = false;
            } else {
                out.append(atStart ? Sentences.capitalise(replacement) : replacement);
                atStart = atStart && replacement.isEmpty();
            }
            i = close + 1;
        }
        return out.toString();
    }

    private static String replace(String token, Event e, Thing observer, boolean isActor, boolean sees) {
        int bar = token.indexOf('|');
        if (bar >= 0) {
            return isActor ? token.substring(0, bar) : token.substring(bar + 1);
        }
        if (token.equals("text")) {
            return e.text() == null ? "" : e.text();
        }
        int dot = token.indexOf('.');
        String role = dot < 0 ? token : token.substring(0, dot);
        String form = dot < 0 ? "the" : token.substring(dot + 1);
        Thing t;
        switch (role) {
            case "actor" -> t = e.actor();
            case "target" -> t = e.target();
            case "tool" -> t = e.tool();
            case "subject" -> t = e.subject();
            default -> {
                return null; // colour markup or something else: leave it alone
            }
        }
        if (t == null) {
            return "something";
        }
        if (form.equals("named")) {
            return t.name(); // an emote reads "Alice waves." even to Alice
        }
        if (t == observer) {
            return switch (form) {
                case "their" -> "your";
                case "they", "them", "the", "a", "name" -> "you";
                default -> null;
            };
        }
        if (!sees) {
            return switch (form) {
                case "their" -> "their";
                case "they" -> "they";
                case "them" -> "them";
                default -> t.isActor() ? "someone" : "something";
            };
        }
        Gender g = t.gender();
        return switch (form) {
            case "the" -> Nouns.definite(t);
            case "a" -> Nouns.indefinite(t);
            case "name" -> t.name();
            case "they" -> g.subject();
            case "them" -> g.object();
            case "their" -> g.possessive();
            default -> null;
        };
    }
}
