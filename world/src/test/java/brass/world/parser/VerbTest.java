package brass.world.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A verb's hash is cheap (from its name, syntax and line length) and still agrees with equality. */
class VerbTest {

    @Test
    void equalVerbsHashAlikeAndFindEachOthersAction() {
        Verb take = new Verb("take", List.of("get"), Syntax.OBJECTS, Set.of("from"), AllDomain.NONE, "Take it.")
                .inTopic(Topic.values()[0]).withExamples("take lamp");
        Verb again = new Verb("take", List.of("get"), Syntax.OBJECTS, Set.of("from"), AllDomain.NONE, "Take it.")
                .inTopic(Topic.values()[0]).withExamples("take lamp");
        assertThat(again).isEqualTo(take).isNotSameAs(take);
        assertThat(again.hashCode()).isEqualTo(take.hashCode());
        Map<Verb, String> actions = new HashMap<>(Map.of(take, "taking"));
        assertThat(actions.get(again)).isEqualTo("taking");
        // Verbs that differ only in what the hash leaves out are still told apart.
        Verb otherHelp = new Verb("take", List.of("get"), Syntax.OBJECTS, Set.of("from"), AllDomain.NONE, "Other.");
        assertThat(otherHelp).isNotEqualTo(take);
        assertThat(actions.get(otherHelp)).isNull();
    }
}
