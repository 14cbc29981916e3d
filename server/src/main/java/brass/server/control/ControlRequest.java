package brass.server.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One request on the control channel, sent as one line of UTF-8: the secret, the operation's
 * name and its arguments, separated by tabs, ended by a line feed.
 *
 * @param secret    the secret from the server's {@code secret} file
 * @param operation what to do: {@code ping}, {@code backup}, {@code grant}, {@code revoke}, {@code list}
 * @param arguments the operation's arguments (a file, a name and a role)
 */
public record ControlRequest(String secret, String operation, List<String> arguments) {

    /** The longest request line the server reads, in bytes. */
    public static final int MAX_BYTES = 4096;

    public ControlRequest {
        arguments = List.copyOf(arguments);
        List<String> all = new ArrayList<>(arguments);
        all.add(secret);
        all.add(operation);
        for (String field : all) {
            if (field.indexOf('\t') >= 0 || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("'" + field.strip() + "' holds a tab or a line break, which a"
                        + " control request cannot carry");
            }
        }
    }

    /** The request as it goes on the wire, line feed included. */
    public String line() {
        List<String> fields = new ArrayList<>();
        fields.add(secret);
        fields.add(operation);
        fields.addAll(arguments);
        return String.join("\t", fields) + "\n";
    }

    /**
     * Reads a request line (without its line feed).
     *
     * @throws IllegalArgumentException when it is not a request, with the reason
     */
    public static ControlRequest parse(String line) {
        String[] fields = line.split("\t", -1);
        if (fields.length < 2 || fields[0].isEmpty() || fields[1].isEmpty()) {
            throw new IllegalArgumentException("malformed request: expected the secret, a tab and an operation");
        }
        return new ControlRequest(fields[0], fields[1], Arrays.asList(fields).subList(2, fields.length));
    }
}
