package brass.protocols.telnet.option;

import java.util.List;
import java.util.Map;

/** Written to answer a crawler's MSSP request: each variable name with one or more values, in order. */
public record MsspVariables(Map<String, List<String>> variables) {
}
