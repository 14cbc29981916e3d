package brass.protocols.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import brass.protocols.fuzz.InputNoise;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyDecoderTest {

    private static List<Key> decode(byte[] bytes) {
        return new KeyDecoder().decode(bytes, 0, bytes.length);
    }

    @Test
    void overlongFormsAreNotTyped() {
        // CSI and "/" in three bytes, U+07FF in three, U+FFFF in four: each has a shorter form.
        assertThat(decode(InputNoise.bytes(0xe0, 0x82, 0x9b, 0xe0, 0x80, 0xaf, 0xe0, 0x9f, 0xbf, 0xf0, 0x8f, 0xbf, 0xbf, 'x',
                0xdf, 0xbf, 0xe0, 0xa0, 0x80, 0xf0, 0x90, 0x80, 0x80)))
                .containsExactly(new Key.Char('x'), new Key.Char(0x7ff), new Key.Char(0x800), new Key.Char(0x10000));
    }
}
