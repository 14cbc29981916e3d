package brass.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TelnetReaderTest {

    private final List<String> seen = new ArrayList<>();
    private boolean wanted = true;
    private final TelnetReader reader = new TelnetReader(new TelnetReader.Listener() {
        @Override
        public boolean wantsText() {
            return wanted;
        }

        @Override
        public void line(String line) {
            seen.add("line " + line);
        }

        @Override
        public void prompt(String partial) {
            seen.add("prompt " + partial);
        }

        @Override
        public void answer(byte verb, byte option) {
            seen.add("answer " + (verb & 0xff) + " " + (option & 0xff));
        }
    });

    private void read(int... bytes) {
        byte[] b = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            b[i] = (byte) bytes[i];
        }
        reader.read(Unpooled.wrappedBuffer(b));
    }

    private void read(String text) {
        reader.read(Unpooled.wrappedBuffer(text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
    }

    @Test
    void linesLoseTheirEndsAndColours() {
        read("\u001b[0;1mWelcome to Brass.\u001b[0m\r\nSecond\n");
        assertThat(seen).containsExactly("line Welcome to Brass.", "line Second");
    }

    @Test
    void aLineBegunWhileTextWasNotWantedIsSkippedWhole() {
        wanted = false;
        read("Loadab says 'he");
        wanted = true; // a command was sent mid-line: the rest of that line is still not its reply
        read("llo'.\r\nYou can't go that way.\r\n> ");
        read(255, 239);
        wanted = false;
        read("> ");
        read(255, 239);
        read("\r\n");
        assertThat(seen).containsExactly("line You can't go that way.", "prompt > ", "prompt ");
    }

    @Test
    void endOfRecordAndGoAheadEndAPrompt() {
        read("> ");
        read(255, 239);
        read("Name? ");
        read(255, 249);
        assertThat(seen).containsExactly("prompt > ", "prompt Name? ");
    }

    @Test
    void onlyEndOfRecordIsAccepted() {
        read(255, 251, 25, 255, 251, 1, 255, 253, 24);
        assertThat(seen).containsExactly("answer 253 25", "answer 254 1", "answer 252 24");
    }

    @Test
    void subnegotiationIsSkippedEvenWhenSplit() {
        read(255, 250, 201);
        read("Core.Hello {}");
        read(255, 255, 255, 240);
        read("after\r\n");
        assertThat(seen).containsExactly("line after");
    }

    @Test
    void aPromptWithNoMarkYetIsLeftAsPartialText() {
        read("By what name shall we know you? ");
        assertThat(seen).isEmpty();
        assertThat(reader.hasPartial()).isTrue();
        assertThat(reader.takePartial()).isEqualTo("By what name shall we know you? ");
        assertThat(reader.hasPartial()).isFalse();
    }
}
