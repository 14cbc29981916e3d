package brass.world.language;

import java.util.ArrayList;
import java.util.List;

/** English lists, with the serial comma: "a", "a and b", "a, b, and c". */
public final class Lists {

    private Lists() {
    }

    /**
     * A crowd, named in part and counted: {@code named} and then how many {@code others}, "Alice,
     * Bob, and 997 others" (the count as {@link Counting#number} says it; "one other").
     */
    public static String andOthers(List<String> named, int others) {
        List<String> words = new ArrayList<>(named.size() + 1);
        words.addAll(named);
        words.add(Counting.number(others) + (others == 1 ? " other" : " others"));
        return join(words, "and");
    }

    /** Joins with {@code conjunction} ("and", "or"); an empty list is "nothing". */
    public static String join(List<String> items, String conjunction) {
        return switch (items.size()) {
            case 0 -> "nothing";
            case 1 -> items.get(0);
            case 2 -> items.get(0) + " " + conjunction + " " + items.get(1);
            default -> {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < items.size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    if (i == items.size() - 1) {
                        sb.append(conjunction).append(' ');
                    }
                    sb.append(items.get(i));
                }
                yield sb.toString();
            }
        };
    }
}
