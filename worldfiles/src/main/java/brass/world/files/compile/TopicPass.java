package brass.world.files.compile;

import brass.world.files.definition.ConversationDefinition;
import brass.world.files.definition.TopicCondition;
import brass.world.files.definition.TopicDefinition;
import brass.world.files.diagnostic.Problems;
import brass.world.files.diagnostic.Suggestions;
import brass.world.files.source.Nodes;
import brass.world.files.source.YamlTree.YMapping;
import brass.world.model.Flag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads what each actor talks about: {@code default-reply:} and {@code topics:}, each topic with
 * its {@code keywords}, {@code reply} and optional {@code when:} ({@link TopicCondition}). Runs
 * on one thread, in file order, after the things (a condition names things).
 */
final class TopicPass {

    private final Index index;
    private final EntryFields fields;
    private final Context context;
    private final Problems problems;

    TopicPass(Index index, EntryFields fields, Context context) {
        this.index = index;
        this.fields = fields;
        this.context = context;
        this.problems = context.problems();
    }

    /** The conversations of the actors in {@code actors} (ids), by actor id, in file order. */
    Map<String, ConversationDefinition> run(Set<String> actors) {
        Map<String, ConversationDefinition> out = new LinkedHashMap<>();
        for (Entry entry : index.entries()) {
            if (entry.kind() != Kind.ACTOR || !actors.contains(entry.id())) {
                continue;
            }
            Map<String, Field> actorFields = fields.of(entry);
            Field topics = actorFields.get("topics");
            Field reply = actorFields.get("default-reply");
            if (topics == null && reply == null) {
                continue;
            }
            String defaultReply = reply == null ? "" : context.values().prose(reply);
            out.put(entry.id(), new ConversationDefinition(entry.id(), defaultReply, topics(entry, topics)));
        }
        return out;
    }

    private List<TopicDefinition> topics(Entry actor, Field topics) {
        List<TopicDefinition> out = new ArrayList<>();
        if (topics == null || Nodes.isNull(topics.value())) {
            return out;
        }
        String what = "'topics' of " + actor.what();
        if (!(topics.value() instanceof YMapping)) {
            problems.error(topics.position(), what + " must be a map from topic id to its fields, found "
                    + Nodes.describe(topics.value()), "write each topic as 'id:' followed by keywords: and reply:");
            return out;
        }
        for (Field topic : context.fieldMaps().read(topics.value(), topics.owner(), topics.file(), what).values()) {
            topic(actor, topic).ifPresent(out::add);
        }
        return out;
    }

    private Optional<TopicDefinition> topic(Entry actor, Field topic) {
        String what = "topic '" + topic.name() + "' of " + actor.what();
        Map<String, Field> own = context.fieldMaps().read(topic.value(), topic.owner(), topic.file(), what);
        context.fieldMaps().unknown(own, KnownFields.TOPIC, what);
        Values values = context.values();
        List<String> keywords = new ArrayList<>();
        for (String k : values.words(own, "keywords")) {
            String word = String.join(" ", k.toLowerCase(Locale.ROOT).split("\\s+"));
            if (!word.isEmpty()) {
                keywords.add(word);
            }
        }
        boolean ok = true;
        if (keywords.isEmpty()) {
            problems.error(topic.keyPosition(), what + " has no keywords", "add keywords: [word, word] that bring it up");
            ok = false;
        }
        String reply = values.prose(own, "reply");
        if (reply.isEmpty()) {
            problems.error(topic.keyPosition(), what + " has no reply", "add reply: with what the actor answers");
            ok = false;
        }
        List<TopicCondition> when = new ArrayList<>();
        Field whenField = own.get("when");
        if (whenField != null && !conditions(what, whenField, when)) {
            ok = false;
        }
        return ok ? Optional.of(new TopicDefinition(topic.name(), keywords, reply, when, topic.keyPosition()))
                : Optional.empty();
    }

    /** Reads {@code when:} into {@code out}; false after reporting a mistake. */
    private boolean conditions(String topic, Field when, List<TopicCondition> out) {
        String what = "'when' of " + topic;
        Map<String, Field> own = context.fieldMaps().read(when.value(), when.owner(), when.file(), what);
        if (!Nodes.isNull(when.value()) && !(when.value() instanceof YMapping)) {
            return false; // reported by read
        }
        context.fieldMaps().unknown(own, KnownFields.TOPIC_WHEN, what);
        boolean ok = true;
        Field carries = own.get("carries");
        if (carries != null) {
            Optional<String> id = context.values().reference(carries).filter(t -> thing(t, carries, Set.of(Kind.THING)));
            id.ifPresent(t -> out.add(new TopicCondition.Carries(t)));
            ok = id.isPresent();
        }
        Field thing = own.get("thing");
        Field is = own.get("is");
        if (thing == null && is == null) {
            if (carries == null) {
                problems.error(when.position(), what + " says nothing", "write carries: a thing, or thing: and is: a state");
                return false;
            }
            return ok;
        }
        if (thing == null || is == null) {
            problems.error(when.position(), what + " needs both thing: and is:",
                    thing == null ? "add thing: with the id of the thing whose state it asks"
                            : "add is: with a state such as open, not locked or lit");
            return false;
        }
        Optional<String> id = context.values().reference(thing).filter(t -> thing(t, thing, Set.of(Kind.THING, Kind.DOOR)));
        String written = context.values().text(is);
        boolean value = !written.startsWith("not ");
        String word = value ? written : written.substring(4).strip();
        List<String> states = Flag.states().stream().map(Flag::word).toList();
        Optional<Flag> state = Flag.byWord(word).filter(Flag::isState);
        if (state.isEmpty()) {
            problems.error(is.position(), "'" + written + "' is not a state a thing can be in",
                    Suggestions.didYouMean(word, states)
                            .or(() -> Optional.of("write one of " + String.join(", ", states) + ", or not and one of them")));
        }
        if (id.isEmpty() || state.isEmpty()) {
            return false;
        }
        out.add(new TopicCondition.ThingIs(id.get(), state.get(), value));
        return ok;
    }

    /** Whether {@code id} names an entry of {@code kinds}; if not, reports it with the nearest id. */
    private boolean thing(String id, Field field, Set<Kind> kinds) {
        Entry entry = index.get(id);
        if (entry != null && kinds.contains(entry.kind())) {
            return true;
        }
        if (index.isRejected(id)) {
            return false;
        }
        if (entry != null) {
            problems.error(field.position(), "'" + field.name() + "' names '" + id + "', which is a " + entry.kind().word
                    + ", not a thing");
        } else {
            problems.error(field.position(), "'" + field.name() + "' names '" + id + "', which does not exist",
                    context.suggestions().didYouMean(id, kinds.toArray(Kind[]::new)));
        }
        return false;
    }
}
