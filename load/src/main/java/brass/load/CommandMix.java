package brass.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Which commands the players type, each with a weight: {@code look=30,say=20,move=20}. The known
 * kinds are {@link #KINDS}; a {@code say} or {@code tell} carries a word of its own so each reply
 * can be told apart from what other players cause.
 */
public final class CommandMix {

    /** The kinds of command a mix may name. */
    public static final List<String> KINDS = List.of("look", "say", "move", "take", "drop", "who", "tell",
            "inventory", "examine", "help");

    /** The mix a crowd does by default: looking, talking, walking out and back, and a few others. */
    public static final String DEFAULT = "look=30,say=20,move=20,take=5,drop=5,who=5,tell=10,inventory=5";

    private static final String[] DIRECTIONS = {"north", "south", "east", "west", "up", "down"};

    private final Map<String, Integer> weights;
    private final String[] table;

    private CommandMix(Map<String, Integer> weights) {
        this.weights = weights;
        List<String> t = new ArrayList<>();
        weights.forEach((k, w) -> {
            for (int i = 0; i < w; i++) {
                t.add(k);
            }
        });
        table = t.toArray(String[]::new);
    }

    /** Reads {@code kind=weight,...}; throws with the reason when it cannot. */
    public static CommandMix parse(String text) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            int eq = p.indexOf('=');
            String kind = eq < 0 ? p : p.substring(0, eq).trim();
            if (!KINDS.contains(kind)) {
                throw new IllegalArgumentException("'" + kind + "' is not a command kind; the kinds: " + String.join(", ", KINDS));
            }
            int weight;
            try {
                weight = eq < 0 ? 1 : Integer.parseInt(p.substring(eq + 1).trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("the weight of '" + kind + "' is not a whole number: " + p);
            }
            if (weight < 0 || weight > 1000) {
                throw new IllegalArgumentException("the weight of '" + kind + "' must be 0 to 1000, not " + weight);
            }
            weights.merge(kind, weight, Integer::sum);
        }
        if (weights.values().stream().mapToInt(Integer::intValue).sum() == 0) {
            throw new IllegalArgumentException("the mix '" + text + "' names no command with a weight above 0");
        }
        return new CommandMix(weights);
    }

    /** The weights, in the order written. */
    public Map<String, Integer> weights() {
        return Map.copyOf(weights);
    }

    /** A command kind drawn by weight. */
    String draw(Random random) {
        return table[random.nextInt(table.length)];
    }

    /** A direction to try. */
    static String direction(Random random) {
        return DIRECTIONS[random.nextInt(DIRECTIONS.length)];
    }

    /** The way back after going {@code way}. */
    static String opposite(String way) {
        return switch (way) {
            case "north" -> "south";
            case "south" -> "north";
            case "east" -> "west";
            case "west" -> "east";
            case "up" -> "down";
            default -> "up";
        };
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        weights.forEach((k, w) -> sb.append(sb.isEmpty() ? "" : ",").append(k).append('=').append(w));
        return sb.toString();
    }
}
