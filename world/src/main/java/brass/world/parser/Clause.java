package brass.world.parser;

import brass.world.model.Scope;
import brass.world.model.Thing;
import java.util.ArrayList;
import java.util.List;

/**
 * The words after a verb that takes things, split at the verb's preposition, articles left out:
 * "the key in the box" is {@code direct} [key], {@code preposition} in, {@code indirect} [box].
 * In "look at the lamp" the preposition comes first and belongs to the verb: [lamp] is direct and
 * nothing indirect. Prepositions are read in one spelling ("into" is "in", "out of" is "from"),
 * and "give bob the lamp" as "give the lamp to bob".
 *
 * @param preposition null when the words hold none of the verb's
 */
record Clause(List<String> direct, String preposition, List<String> indirect, boolean prepositionFirst) {

    Clause {
        direct = List.copyOf(direct);
        indirect = List.copyOf(indirect);
    }

    static Clause of(Verb verb, String rest, Thing actor) {
        List<String> tokens = recipientFirst(verb, normalisePrepositions(Words.of(rest)), actor);
        int split = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (verb.prepositions().contains(tokens.get(i))) {
                split = i;
                break;
            }
        }
        if (split < 0) {
            return new Clause(Words.withoutArticles(tokens), null, List.of(), false);
        }
        List<String> after = Words.withoutArticles(tokens.subList(split + 1, tokens.size()));
        if (split == 0) {
            return new Clause(after, tokens.get(0), List.of(), true);
        }
        return new Clause(Words.withoutArticles(tokens.subList(0, split)), tokens.get(split), after, false);
    }

    /** "give bob the lamp" is "give the lamp to bob": when the words start with someone here, move them. */
    private static List<String> recipientFirst(Verb verb, List<String> tokens, Thing actor) {
        if (!verb.prepositions().contains("to") || tokens.contains("to") || tokens.size() < 2) {
            return tokens;
        }
        List<Thing> people = Scope.of(actor).stream().filter(Thing::isActor).toList();
        for (int k = Math.min(3, tokens.size() - 1); k >= 1; k--) {
            List<String> head = Words.withoutArticles(tokens.subList(0, k));
            if (head.isEmpty()) {
                continue;
            }
            long fits = people.stream().filter(p -> p.vocabulary().containsAll(head)).count();
            if (fits == 1) {
                List<String> out = new ArrayList<>(tokens.subList(k, tokens.size()));
                out.add("to");
                out.addAll(tokens.subList(0, k));
                return out;
            }
        }
        return tokens;
    }

    private static List<String> normalisePrepositions(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String next = i + 1 < words.size() ? words.get(i + 1) : "";
            String next2 = i + 2 < words.size() ? words.get(i + 2) : "";
            if ((w.equals("out") || w.equals("off")) && next.equals("of")) {
                out.add("from");
                i++;
            } else if (w.equals("on") && next.equals("top") && next2.equals("of")) {
                out.add("on");
                i += 2;
            } else {
                out.add(switch (w) {
                    case "into", "inside", "within" -> "in";
                    case "onto", "upon" -> "on";
                    default -> w;
                });
            }
        }
        return out;
    }
}
