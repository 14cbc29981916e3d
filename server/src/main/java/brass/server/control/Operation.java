package brass.server.control;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Something a request on the control channel may ask of the server.
 *
 * @param name       what a request calls it
 * @param parameters what its arguments are, e.g. {@code NAME}, {@code ROLE}: a request with
 *                   another number of arguments is refused as malformed
 * @param action     runs it; the future may complete on any thread
 */
public record Operation(String name, List<String> parameters,
                        Function<List<String>, CompletableFuture<ControlReply>> action) {

    public Operation {
        parameters = List.copyOf(parameters);
    }

    /** How a request for this operation is written, e.g. {@code grant NAME ROLE}. */
    public String usage() {
        return parameters.isEmpty() ? name : name + " " + String.join(" ", parameters);
    }
}
