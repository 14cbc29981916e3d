package brass.server.control;

/**
 * The server's answer to one request: a status and a text (one line, or several for a listing),
 * sent as {@code status: text} and a line feed, after which the server closes the connection.
 *
 * @param status whether it was done
 * @param text   what to tell the operator
 */
public record ControlReply(Status status, String text) {

    /** How a request ended. */
    public enum Status {
        /** Done. */
        OK,
        /** Understood and authorised, but it could not be done (no such character, a failed backup). */
        ERROR,
        /** Not accepted: wrong secret, unknown operation, malformed or oversized request, too slow. */
        REFUSED;

        String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static ControlReply ok(String text) {
        return new ControlReply(Status.OK, text);
    }

    public static ControlReply error(String text) {
        return new ControlReply(Status.ERROR, text);
    }

    public static ControlReply refused(String text) {
        return new ControlReply(Status.REFUSED, text);
    }

    public boolean isOk() {
        return status == Status.OK;
    }

    /** The answer as it goes on the wire. */
    public String encode() {
        return status.word() + ": " + text + "\n";
    }

    /**
     * Reads an answer as {@link #encode} wrote it.
     *
     * @throws IllegalArgumentException when it is not one
     */
    public static ControlReply decode(String answer) {
        int colon = answer.indexOf(": ");
        if (colon > 0) {
            for (Status s : Status.values()) {
                if (s.word().equals(answer.substring(0, colon))) {
                    return new ControlReply(s, answer.substring(colon + 2).stripTrailing());
                }
            }
        }
        throw new IllegalArgumentException("the server's answer is not one Brass understands: "
                + answer.lines().findFirst().orElse("(nothing)"));
    }
}
