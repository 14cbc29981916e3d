package brass.bench;

import brass.protocols.ssh.KeyDecoder;
import brass.protocols.ssh.LineEditor;
import brass.protocols.ssh.TerminalScreen;
import java.nio.charset.StandardCharsets;

/**
 * What one SSH packet of keystrokes costs the I/O thread that decodes and edits it, for the
 * packets an attacker would pick: 30 KB of editing keys against a full line of 1,023 characters.
 * Each case runs a few rounds; the first ones include the JIT warming up.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar brass.bench.KeystrokeLoad [rounds]</pre>
 */
public final class KeystrokeLoad {

    private static final int MAX_LINE = 1024;

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        String cjk = "\u4e00".repeat(MAX_LINE - 1);
        String flags = "\ud83c\uddec".repeat(MAX_LINE - 1);
        for (int round = 1; round <= rounds; round++) {
            System.out.printf("round %d: %s; %s; %s; %s%n", round,
                    run("arrows on a CJK line", cjk, "", "\u001b[D\u001b[C".repeat(5_000)),
                    run("Backspace+letter mid CJK line", cjk, "\u001b[D".repeat(500), "\u007fx".repeat(15_000)),
                    run("Backspace+letter mid flag line", flags, "\u001b[D".repeat(500), "\u007fx".repeat(15_000)),
                    run("regional indicator at the start of a flag line, deleted", flags, "\u001b[H",
                            "\ud83c\uddec\u001b[3~".repeat(3_500)));
        }
    }

    /** Types {@code line}, then {@code setup}, then times one packet of {@code packet}. */
    private static String run(String name, String line, String setup, String packet) {
        TerminalScreen screen = new TerminalScreen(80, 24, new LineEditor(MAX_LINE, 100));
        KeyDecoder keys = new KeyDecoder();
        feed(screen, keys, line);
        feed(screen, keys, setup);
        byte[] bytes = packet.getBytes(StandardCharsets.UTF_8);
        long start = System.nanoTime();
        screen.keys(keys.decode(bytes, 0, bytes.length));
        long micros = (System.nanoTime() - start) / 1_000;
        return String.format("%s (%d KB) %.1f ms", name, bytes.length / 1024, micros / 1000.0);
    }

    private static void feed(TerminalScreen screen, KeyDecoder keys, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        screen.keys(keys.decode(bytes, 0, bytes.length));
    }
}
