package brass.server.control;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.util.concurrent.MockTicker;
import io.netty.util.concurrent.Ticker;
import io.netty.handler.codec.LineBasedFrameDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** One control connection at a time, on Netty's EmbeddedChannel and its manual clock. */
class ControlHandlerTest {

    private static final String SECRET = "ab".repeat(32);

    private final List<List<String>> ran = new ArrayList<>();
    private final Map<String, Operation> operations = Map.of(
            "echo", new Operation("echo", List.of("TEXT"), args -> {
                ran.add(args);
                return CompletableFuture.completedFuture(ControlReply.ok("said " + args.get(0)));
            }),
            "explode", new Operation("explode", List.of(), args -> {
                throw new IllegalStateException("the kettle boiled dry");
            }),
            "fail", new Operation("fail", List.of(), args ->
                    CompletableFuture.failedFuture(new java.io.IOException("No space left on device"))));
    private final AtomicInteger open = new AtomicInteger();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger log = (Logger) LoggerFactory.getLogger(ControlChannel.class);

    @BeforeEach
    void watchTheLog() {
        logs.start();
        log.addAppender(logs);
    }

    @AfterEach
    void stopWatching() {
        log.detachAppender(logs);
    }

    /** The channels' clock: it moves only when a test advances it, never with a loaded machine's real time. */
    private final MockTicker ticker = Ticker.newMockTicker();

    private EmbeddedChannel connect() {
        return EmbeddedChannel.builder().ticker(ticker)
                .handlers(new LineBasedFrameDecoder(ControlRequest.MAX_BYTES, true, true),
                        new ControlHandler(SECRET.getBytes(StandardCharsets.UTF_8), operations, open))
                .build();
    }

    private static String answer(EmbeddedChannel ch) {
        ByteBuf out = ch.readOutbound();
        if (out == null) {
            return null;
        }
        try {
            return out.toString(StandardCharsets.UTF_8);
        } finally {
            out.release();
        }
    }

    private static void send(EmbeddedChannel ch, byte[] bytes) {
        ch.writeInbound(Unpooled.wrappedBuffer(bytes));
    }

    private static void send(EmbeddedChannel ch, String text) {
        send(ch, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A fresh connection's answer to {@code request}. */
    private String answerTo(String request) {
        EmbeddedChannel ch = connect();
        send(ch, request);
        return answer(ch);
    }

    private List<String> warnings() {
        return logs.list.stream().filter(e -> e.getLevel() == Level.WARN).map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Test
    void theRightSecretRunsTheOperationAndTheConnectionCloses() {
        EmbeddedChannel ch = connect();
        send(ch, SECRET + "\techo\thello world\n");
        assertThat(answer(ch)).isEqualTo("ok: said hello world\n");
        assertThat(ran).containsExactly(List.of("hello world"));
        assertThat(ch.isOpen()).isFalse();
        assertThat(open).hasValue(0);
    }

    @Test
    void aWrongSecretIsRefusedAfterADelayAndRunsNothing() {
        EmbeddedChannel ch = connect();
        send(ch, "ab".repeat(31) + "ac\techo\tx\n");
        assertThat(answer(ch)).isNull();
        ticker.advance(ControlHandler.REFUSAL_DELAY.toMillis() - 1, TimeUnit.MILLISECONDS);
        ch.runScheduledPendingTasks();
        assertThat(answer(ch)).isNull();
        ticker.advance(1, TimeUnit.MILLISECONDS);
        ch.runScheduledPendingTasks();
        assertThat(answer(ch)).isEqualTo("refused: wrong secret\n");
        assertThat(ch.isOpen()).isFalse();
        assertThat(ran).isEmpty();
        assertThat(warnings()).containsExactly("control channel: refused a request: wrong secret");
    }

    @Test
    void aSecretOfAnotherLengthIsWrongToo() {
        EmbeddedChannel ch = connect();
        send(ch, SECRET + "0\techo\tx\n");
        ticker.advance(ControlHandler.REFUSAL_DELAY.toMillis(), TimeUnit.MILLISECONDS);
        ch.runScheduledPendingTasks();
        assertThat(answer(ch)).isEqualTo("refused: wrong secret\n");
        assertThat(ran).isEmpty();
    }

    @Test
    void anUnknownOperationIsRefusedWithTheKnownOnes() {
        assertThat(answerTo(SECRET + "\tdrop\ttables\n")).isEqualTo("refused: unknown operation 'drop'; the operations are echo, explode, fail\n");
        assertThat(warnings()).containsExactly(
                "control channel: refused a request: unknown operation 'drop'; the operations are echo, explode, fail");
    }

    @Test
    void malformedRequestsAreRefused() {
        assertThat(answerTo(SECRET + "\n"))
                .isEqualTo("refused: malformed request: expected the secret, a tab and an operation\n");
        assertThat(answerTo(SECRET + "\techo\n")).isEqualTo("refused: malformed request: expected echo TEXT\n");

        EmbeddedChannel notUtf8 = connect();
        byte[] bad = (SECRET + "\techo\t?\n").getBytes(StandardCharsets.UTF_8);
        bad[bad.length - 2] = (byte) 0xC3;
        send(notUtf8, bad);
        assertThat(answer(notUtf8)).isEqualTo("refused: malformed request: not UTF-8\n");
        assertThat(ran).isEmpty();
        assertThat(open).hasValue(0);
    }

    @Test
    void anOversizedRequestIsRefusedWithoutWaitingForItsEnd() {
        EmbeddedChannel ch = connect();
        send(ch, SECRET + "\techo\t" + "x".repeat(ControlRequest.MAX_BYTES));
        assertThat(answer(ch)).isEqualTo("refused: the request is longer than 4096 bytes\n");
        assertThat(ch.isOpen()).isFalse();
        assertThat(ran).isEmpty();
    }

    @Test
    void aClientThatSendsNothingIsTimedOut() {
        EmbeddedChannel ch = connect();
        send(ch, SECRET + "\tech");
        ticker.advance(ControlHandler.REQUEST_TIMEOUT.toMillis() - 1, TimeUnit.MILLISECONDS);
        ch.runScheduledPendingTasks();
        assertThat(answer(ch)).isNull();
        assertThat(ch.isOpen()).isTrue();
        ticker.advance(1, TimeUnit.MILLISECONDS);
        ch.runScheduledPendingTasks();
        assertThat(answer(ch)).isEqualTo("refused: no request within 5 s\n");
        assertThat(ch.isOpen()).isFalse();
        assertThat(open).hasValue(0);
    }

    @Test
    void anOperationThatFailsIsAnsweredAndTheNextOneStillRuns() {
        assertThat(answerTo(SECRET + "\texplode\n")).isEqualTo("error: explode failed: the kettle boiled dry\n");
        assertThat(answerTo(SECRET + "\tfail\n")).isEqualTo("error: fail failed: No space left on device\n");
        assertThat(answerTo(SECRET + "\techo\tstill here\n")).isEqualTo("ok: said still here\n");
    }

    @Test
    void onlySoManyConnectionsAreServedAtOnce() {
        List<EmbeddedChannel> waiting = new ArrayList<>();
        for (int i = 0; i < ControlHandler.MAX_CONNECTIONS; i++) {
            waiting.add(connect());
        }
        EmbeddedChannel tooMany = connect();
        assertThat(answer(tooMany)).isEqualTo("refused: too many control connections at once (8)\n");
        assertThat(tooMany.isOpen()).isFalse();
        waiting.get(0).close();
        assertThat(answerTo(SECRET + "\techo\tin\n")).isEqualTo("ok: said in\n");
    }

    @Test
    void requestsCarryNoLineBreaksOrTabsInTheirFields() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> new ControlRequest(SECRET, "backup", List.of("/tmp/a\nb.zip")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'/tmp/a\nb.zip' holds a tab or a line break, which a control request cannot carry");
        assertThat(ControlRequest.parse(SECRET + "\tgrant\tAda\tadmin"))
                .isEqualTo(new ControlRequest(SECRET, "grant", List.of("Ada", "admin")));
        assertThat(ControlReply.decode("ok: Ada: admin\nBob: builder\n"))
                .isEqualTo(ControlReply.ok("Ada: admin\nBob: builder"));
    }
}
