package brass.world.language;

import brass.world.model.Thing;

/**
 * Something that happened, as a value: who did it ({@code actor}), to whom ({@code target}),
 * with what ({@code tool}), to what ({@code subject}), where it can be seen ({@code place}), and
 * the text each kind of observer reads. Rendering happens per observer, later, by a
 * {@link Narrator}; so one event reads "You give the lamp to Bob." to Alice, "Alice gives you
 * the lamp." to Bob and "Alice gives the lamp to Bob." to everyone else in the room.
 *
 * <p>Texts are templates. {@code {actor}}, {@code {target}}, {@code {tool}} and
 * {@code {subject}} become "you" for that observer and otherwise the thing's definite name;
 * suffixes pick other forms: {@code .a} (indefinite), {@code .name} (bare name), {@code .named}
 * (the name even to its owner, for emotes), {@code .they},
 * {@code .them}, {@code .their}. {@code {text}} is the event's literal text (what a player
 * said), inserted without being read as a template. {@code {take|takes}} picks the first form
 * for the actor and the second for everyone else. Any other braces (colour markup) pass through.
 *
 * @param place where the event can be seen by everyone present; null for a private event that
 *     reaches only the actor and the target
 * @param toActor the actor's text, or null if the actor is told nothing
 * @param toTarget the target's text, or null to give the target {@code toOthers}
 * @param toOthers the bystanders' text, or null if they see nothing
 */
public record Event(Thing actor, Thing target, Thing tool, Thing subject, Thing place,
                    String toActor, String toTarget, String toOthers, String text) {

    /** A private message to {@code actor}: an answer, an error, a description. Not a template. */
    public static Event reply(Thing actor, String message) {
        return new Event(actor, null, null, null, null, "{text}", null, null, message);
    }

    /** One template for everyone, with {@code {verb|verbs}} choices: "{actor} {take|takes} {subject}." */
    public static Event everyone(Thing actor, Thing place, String template) {
        return new Event(actor, null, null, null, place, template, null, template, null);
    }

    /** Different texts for the actor and the bystanders. */
    public static Event seen(Thing actor, Thing place, String toActor, String toOthers) {
        return new Event(actor, null, null, null, place, toActor, null, toOthers, null);
    }

    /**
     * Whether only the actor hears of it (a reply, an error, a description): it has no place to
     * be seen in and no target to reach.
     */
    public boolean isPrivateToActor() {
        return actor != null && place == null && target == null;
    }

    public Event withTarget(Thing t) {
        return new Event(actor, t, tool, subject, place, toActor, toTarget, toOthers, text);
    }

    public Event withTool(Thing t) {
        return new Event(actor, target, t, subject, place, toActor, toTarget, toOthers, text);
    }

    public Event withSubject(Thing t) {
        return new Event(actor, target, tool, t, place, toActor, toTarget, toOthers, text);
    }

    public Event withText(String t) {
        return new Event(actor, target, tool, subject, place, toActor, toTarget, toOthers, t);
    }

    public Event withToTarget(String template) {
        return new Event(actor, target, tool, subject, place, toActor, template, toOthers, text);
    }
}
