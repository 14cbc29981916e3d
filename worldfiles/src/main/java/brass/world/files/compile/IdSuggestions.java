package brass.world.files.compile;

import brass.world.files.diagnostic.Suggestions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * "Did you mean" for a misspelt id: the known id of the right kinds nearest to it. A misspelt id
 * is compared with every id of its kinds, so a 100,000-room world where thousands of exits name
 * rooms that are gone would spend minutes on suggestions alone: past a budget of comparisons
 * problems are still reported, without the suggestion.
 *
 * <p>Answers are remembered (many exits may name the same missing room, and rooms are read on
 * several threads). Which misspellings get a suggestion when the budget runs out depends on the
 * order of first questions, so passes ask their new questions in file order, on one thread; the
 * parallel passes only ask questions a sequential pass asked before them.
 */
final class IdSuggestions {

    /** Twenty million comparisons. */
    static final long BUDGET = 20_000_000;

    private final Index index;
    private final AtomicLong budget;
    private final Map<String, Optional<String>> nearest = new ConcurrentHashMap<>();
    private final Map<Integer, List<String>> idsByKinds = new ConcurrentHashMap<>();

    IdSuggestions(Index index, long budget) {
        this.index = index;
        this.budget = new AtomicLong(budget);
    }

    /** The known id of one of {@code kinds} nearest to {@code wrong}, if one is close enough. */
    Optional<String> nearest(String wrong, Kind... kinds) {
        int mask = 0;
        for (Kind kind : kinds) {
            mask |= 1 << kind.ordinal();
        }
        int wanted = mask;
        return nearest.computeIfAbsent(mask + ":" + wrong, key -> {
            List<String> candidates = idsByKinds.computeIfAbsent(wanted, m -> index.idsOf(kinds));
            if (budget.addAndGet(-candidates.size()) < 0) {
                return Optional.empty();
            }
            return Suggestions.nearest(wrong, candidates);
        });
    }

    /** The hint for {@link #nearest}: "did you mean 'kitchen'?". */
    Optional<String> didYouMean(String wrong, Kind... kinds) {
        return nearest(wrong, kinds).map(s -> "did you mean '" + s + "'?");
    }
}
