package brass.protocols.telnet;

import static brass.protocols.telnet.Telnet.*;
import static org.assertj.core.api.Assertions.assertThat;

import brass.protocols.fuzz.InputNoise;
import brass.protocols.session.PlayerInput;
import brass.protocols.gmcp.GmcpMessage;
import brass.protocols.session.ClientCapabilities;
import brass.protocols.telnet.option.MsspVariables;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/**
 * Random and malformed telnet at the decoder and the option handler: whatever a client sends, in
 * whatever pieces the network cuts it into, nothing throws, the connection stays usable, memory
 * and answers stay bounded, and the meaning does not depend on the cutting. Tries come from
 * {@code jqwik.tries.default} (see docs/ARCHITECTURE.md, "Fuzzing").
 */
@Tag("fuzz")
class MalformedTelnetProperties {

    // Small bounds, so that the noise reaches them.
    private static final int MAX_SUBNEGOTIATION = 96;
    private static final int MAX_LINE_BYTES = 48;
    /** Ends any state the noise left: an option byte or command byte, IAC SE, then two lines. */
    private static final byte[] RECOVER = Bytes.of("x", IAC, SE, "\r\nlast\r\n");

    @Provide
    Arbitrary<byte[]> noise() {
        return TelnetNoise.stream();
    }

    @Provide
    Arbitrary<List<Integer>> reads() {
        return InputNoise.chunkSizes();
    }

    @Property
    void theDecoderMeansTheSameHoweverTheBytesAreCut(@ForAll("noise") byte[] noise, @ForAll("reads") List<Integer> reads) {
        List<Object> whole = decode(List.of(noise));
        assertThat(decode(InputNoise.split(noise, reads))).isEqualTo(whole);
        long dataBytes = 0;
        for (Object m : whole) {
            if (m instanceof String data) {
                dataBytes += data.length();
            } else if (m instanceof TelnetSubnegotiation s) {
                assertThat(s.payload().length).isLessThanOrEqualTo(MAX_SUBNEGOTIATION);
            } else {
                assertThat(m).isInstanceOfAny(TelnetCommand.class, TelnetNegotiation.class);
            }
        }
        assertThat(dataBytes).isLessThanOrEqualTo(noise.length);
        if (!Bytes.contains(noise, new byte[] {(byte) IAC})) {
            String plain = new String(noise, StandardCharsets.ISO_8859_1);
            assertThat(whole).isEqualTo(plain.isEmpty() ? List.of() : List.of(plain));
        }
    }

    private static List<Object> decode(List<byte[]> reads) {
        EmbeddedChannel ch = new EmbeddedChannel(new TelnetDecoder(MAX_SUBNEGOTIATION));
        for (byte[] read : reads) {
            ch.writeInbound(Unpooled.wrappedBuffer(read));
        }
        List<Object> out = Bytes.mergeData(Bytes.inbound(ch));
        assertThat(ch.isOpen()).isTrue();
        ch.finishAndReleaseAll();
        return out;
    }

    /** What the whole inbound pipeline made of a stream. */
    private record Outcome(List<Object> received, ClientCapabilities capabilities, byte[] answered) {
    }

    private static Outcome run(List<byte[]> reads, boolean mccp2) {
        Map<String, List<String>> mssp = Map.of("NAME", List.of("Brass"), "PLAYERS", List.of("3"));
        TelnetOptionHandler options = new TelnetOptionHandler(client -> client.writeAndFlush(new MsspVariables(mssp)), mccp2);
        EmbeddedChannel ch = new EmbeddedChannel(new TelnetDecoder(MAX_SUBNEGOTIATION), new TelnetEncoder(), options,
                new TelnetLineDecoder(MAX_LINE_BYTES));
        List<Object> received = new ArrayList<>();
        java.io.ByteArrayOutputStream answered = new java.io.ByteArrayOutputStream();
        answered.writeBytes(Bytes.outbound(ch));
        for (byte[] read : reads) {
            Bytes.whole(ch, read);
            received.addAll(Bytes.inbound(ch));
            answered.writeBytes(Bytes.outbound(ch));
        }
        assertThat(ch.isOpen()).isTrue();
        // Published after every read that changed them: the last one is what the session knows.
        ClientCapabilities known = ClientCapabilities.DEFAULT;
        for (Object m : received) {
            if (m instanceof ClientCapabilities c) {
                known = c;
            }
        }
        Outcome outcome = new Outcome(received, known, answered.toByteArray());
        ch.finishAndReleaseAll();
        return outcome;
    }

    @Property
    void malformedTelnetNeverBreaksTheConnectionNorAmplifies(@ForAll("noise") byte[] noise,
                                                             @ForAll("reads") List<Integer> reads,
                                                             @ForAll boolean mccp2) {
        List<byte[]> cut = new ArrayList<>(InputNoise.split(noise, reads));
        cut.add(RECOVER);
        Outcome outcome = run(cut, mccp2);
        List<String> lines = new ArrayList<>();
        for (Object m : outcome.received()) {
            assertThat(m).isInstanceOfAny(String.class, InputNotice.class, ClientCapabilities.class, GmcpMessage.class);
            if (m instanceof String line) {
                lines.add(line);
                assertThat(line.length()).isLessThanOrEqualTo(MAX_LINE_BYTES);
                assertThat(line.codePoints().filter(PlayerInput::removed).toArray()).as("controls in %s", line).isEmpty();
            }
        }
        // Whatever state the noise left, the next lines get through.
        assertThat(lines).endsWith("last");
        ClientCapabilities caps = outcome.capabilities();
        assertThat(caps.width()).isBetween(1, 65535);
        assertThat(caps.height()).isBetween(1, 65535);
        assertThat(caps.terminalType().length()).isLessThanOrEqualTo(64);
        assertThat(caps.clientName().length()).isLessThanOrEqualTo(64);
        assertThat(caps.gmcpPackages()).hasSizeLessThanOrEqualTo(64).allSatisfy(p -> assertThat(p).hasSizeLessThanOrEqualTo(64));
        // Each thing a client sends gets at most a short answer: no amplification.
        assertThat(outcome.answered().length).isLessThanOrEqualTo(256 + 8 * (noise.length + RECOVER.length));
    }

    @Property
    void theWholePipelineMeansTheSameHoweverTheBytesAreCut(@ForAll("noise") byte[] noise,
                                                           @ForAll("reads") List<Integer> reads) {
        // Without MCCP2: compressed answers differ with where the flushes fall, their text does not.
        Outcome whole = run(List.of(noise), false);
        Outcome cut = run(InputNoise.split(noise, reads), false);
        assertThat(withoutCapabilities(cut.received())).isEqualTo(withoutCapabilities(whole.received()));
        assertThat(cut.capabilities()).isEqualTo(whole.capabilities());
        assertThat(cut.answered()).isEqualTo(whole.answered());
    }

    /** Capabilities are published once per read, so how often depends on the cutting; the rest must not. */
    private static List<Object> withoutCapabilities(List<Object> received) {
        return received.stream().filter(m -> !(m instanceof ClientCapabilities)).toList();
    }
}
