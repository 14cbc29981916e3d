package brass.protocols.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import brass.world.markup.Markup;
import org.junit.jupiter.api.Test;

/** How a key is described to its owner: the comment is their words, shown as typed. */
class KeysCommandTest {

    @Test
    void aKeysCommentIsShownAsTypedBracesAndAll() {
        String described = KeysCommand.describe("not-a-key AAAA {blink}me@home{/}");
        assertThat(described).isEqualTo("(unreadable key) {{blink}me@home{{/}");
        assertThat(Markup.parse(described).plain()).isEqualTo("(unreadable key) {blink}me@home{/}");
        assertThat(Markup.check(described)).isEmpty();
    }
}
