package brass.world.files.compile;

import brass.world.files.definition.ConversationDefinition;
import brass.world.files.definition.TopicDefinition;
import brass.world.files.diagnostic.Problems;
import brass.world.files.source.Nodes;
import brass.world.reaction.Condition;
import brass.world.files.source.YamlTree.YMapping;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads what each actor talks about: {@code default-reply:} and {@code topics:}, each topic with
 * its {@code keywords}, {@code reply} and optional {@code when:} (conditions, read as reactions' are by
 * {@link ConditionReader}). Runs
 * on one thread, in file order, after the things (a condition names things).
 */
final class TopicPass {

    private final Index index;
    private final EntryFields fields;
    private final Context context;
    private final Problems problems;
    private final Parts parts;
    private final ConditionReader conditions;

    TopicPass(Index index, EntryFields fields, Context context) {
        this.index = index;
        this.fields = fields;
        this.context = context;
        this.problems = context.problems();
        this.parts = new Parts(index, context);
        this.conditions = new ConditionReader(parts);
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
        Field whenField = own.get("when");
        int before = parts.errors();
        List<Condition> when = whenField == null ? List.of() : conditions.when(whenField, "'when' of " + what);
        ok &= parts.errors() == before;
        return ok ? Optional.of(new TopicDefinition(topic.name(), keywords, reply, when, topic.keyPosition()))
                : Optional.empty();
    }
}
