package brass.world.language;

import java.util.List;

/** English lists, with the serial comma: "a", "a and b", "a, b, and c". */
public final class Lists {

    private Lists() {
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
