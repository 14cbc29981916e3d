package brass.protocols.gmcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void writesValues() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("s", "a\"b\\c\n\u0001");
        m.put("n", 3);
        m.put("d", 1.5);
        m.put("b", true);
        m.put("z", null);
        m.put("l", List.of(1, "x"));
        assertThat(Json.write(m)).isEqualTo("{\"s\":\"a\\\"b\\\\c\\n\\u0001\",\"n\":3,\"d\":1.5,\"b\":true,\"z\":null,\"l\":[1,\"x\"]}");
    }

    @Test
    void parsesValues() {
        assertThat(Json.parse(" {\"a\": [1, 2.5, \"x\\u0041\", true, null], \"b\": {}} "))
                .isEqualTo(new LinkedHashMap<>(Map.of("a", Arrays.asList(1L, 2.5, "xA", true, null), "b", Map.of())));
    }

    @Test
    void refusesBadInput() {
        assertThatThrownBy(() -> Json.parse("[1,")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Json.parse("{\"a\" 1}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Json.parse("[".repeat(100) + "]".repeat(100))).hasMessageContaining("deeply");
        assertThatThrownBy(() -> Json.parse("1 2")).isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 1000)
    void stringsRoundTrip(@ForAll String s) {
        assertThat(Json.parse(Json.write(s))).isEqualTo(s);
    }

    @Property(tries = 1000)
    void parseNeverThrowsAnythingButIllegalArgument(@ForAll String s) {
        try {
            Json.parse(s);
        } catch (IllegalArgumentException expected) {
            // fine
        }
    }

    @Test
    void gmcpWireForm() {
        GmcpMessage m = GmcpMessage.parse("Core.Supports.Set [\"Char 1\"]");
        assertThat(m).isEqualTo(new GmcpMessage("Core.Supports.Set", "[\"Char 1\"]"));
        assertThat(m.wire()).isEqualTo("Core.Supports.Set [\"Char 1\"]");
        assertThat(Gmcp.charName("bob", "Bob the Brave").wire()).isEqualTo("Char.Name {\"name\":\"bob\",\"fullname\":\"Bob the Brave\"}");
    }
}
