package brass.load;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * One player: logs in (creating the character the first time), then plays the mix. A command's
 * reply is the first line after it that another player did not cause (theirs start with one of
 * the crowd's names, or "Someone"), and it ends at the next prompt mark; the latency is from the
 * send, or open-loop from when the command was due, to that mark. Lives on one Netty event loop.
 */
final class LoadClient extends ChannelInboundHandlerAdapter implements TelnetReader.Listener {

    private enum Phase { CONNECTING, LOGIN, PLAY, DONE }

    private final LoadRun run;
    private final LoadPlan plan;
    private final int number;
    private final String name;
    private final Random random;
    private final TelnetReader reader = new TelnetReader(this);
    private ChannelHandlerContext ctx;
    private Phase phase = Phase.CONNECTING;
    private boolean sentName;
    private boolean sentPassword;
    private long connectStarted;

    private boolean awaiting;
    private boolean replyStarted;
    private long sentAt;
    private long dueAt;
    private String lastCommand = "";
    /** The mix's name for the command awaiting its reply, which the report's rows by command use. */
    private String lastKind = "";
    private String moveMade;
    private boolean moveFailed;
    private String returnMove;

    LoadClient(LoadRun run, int number) {
        this.run = run;
        this.plan = run.plan();
        this.number = number;
        this.name = plan.nameOf(number);
        this.random = new Random(number * 7919L + 17);
        this.connectStarted = System.nanoTime();
    }

    String name() {
        return name;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        this.ctx = ctx;
        phase = Phase.LOGIN;
        run.connected(this);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        ByteBuf in = (ByteBuf) msg;
        try {
            reader.read(in);
            if (phase == Phase.LOGIN && reader.hasPartial()) {
                loginPrompt(reader.takePartial());
            }
        } finally {
            in.release();
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        Phase was = phase;
        phase = Phase.DONE;
        if (was == Phase.LOGIN) {
            run.loginFailed(this, "the server closed the connection during login");
        } else if (was == Phase.PLAY && !run.stopping()) {
            run.error(this, "the server closed the connection");
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (!run.stopping()) {
            run.error(this, cause.getClass().getSimpleName() + ": " + cause.getMessage());
        }
        ctx.close();
    }

    @Override
    public void answer(byte verb, byte option) {
        ctx.writeAndFlush(Unpooled.wrappedBuffer(new byte[] {TelnetReader.IAC, verb, option}));
    }

    @Override
    public boolean wantsText() {
        // Logging in reads every prompt; playing, only lines that may answer the command sent.
        return phase != Phase.PLAY || awaiting;
    }

    @Override
    public void line(String line) {
        if (phase == Phase.LOGIN) {
            if (line.startsWith("Welcome")) {
                sentPassword = true; // logged in whatever came before
            }
            return;
        }
        if (phase != Phase.PLAY || !awaiting || replyStarted) {
            if (awaiting && line.startsWith("You can't go")) {
                moveFailed = true;
            }
            return;
        }
        String trimmed = line.strip();
        if (trimmed.isEmpty() || run.causedByAnother(trimmed)) {
            return;
        }
        replyStarted = true;
        if (trimmed.startsWith("You can't go")) {
            moveFailed = true;
        }
    }

    @Override
    public void prompt(String partial) {
        if (phase == Phase.LOGIN) {
            loginPrompt(partial);
        } else if (phase == Phase.PLAY && awaiting && replyStarted) {
            long now = System.nanoTime();
            awaiting = false;
            run.replied(this, lastKind, now - (plan.openLoop() ? dueAt : sentAt));
            if (moveMade != null && !moveFailed && plan.crowd()) {
                returnMove = CommandMix.opposite(moveMade);
            }
            moveMade = null;
            scheduleNext(now);
        }
    }

    private void loginPrompt(String partial) {
        if (partial.isBlank()) {
            return;
        }
        if (partial.contains("By what name")) {
            if (sentName) {
                fail("the server asked for the name again (refused?)");
                return;
            }
            sentName = true;
            send(name);
        } else if (partial.contains("Create that character") || partial.contains("Please answer yes or no")) {
            send("yes");
        } else if (partial.contains("Choose a password") || partial.contains("Type it again")
                || partial.contains("Password:")) {
            sentPassword = true;
            send(plan.password());
        } else if (sentPassword) {
            phase = Phase.PLAY;
            run.loggedIn(this, System.nanoTime() - connectStarted);
        }
    }

    private void fail(String why) {
        phase = Phase.DONE;
        run.loginFailed(this, why);
        ctx.close();
    }

    /** Starts playing: called by the run once everyone is in, on this client's event loop. */
    void start() {
        if (phase != Phase.PLAY) {
            return;
        }
        long now = System.nanoTime();
        dueAt = now + (plan.openLoop() ? (long) (random.nextDouble() * 1e9 / plan.ratePerClient()) : 0);
        scheduleAt(dueAt, now);
    }

    private void scheduleNext(long now) {
        if (plan.openLoop()) {
            dueAt += (long) (1e9 / plan.ratePerClient());
            scheduleAt(dueAt, now);
        } else {
            dueAt = now + plan.think().toNanos();
            scheduleAt(dueAt, now);
        }
    }

    private void scheduleAt(long due, long now) {
        if (run.stopping()) {
            return;
        }
        long wait = due - now;
        if (wait <= 0) {
            sendCommand();
        } else {
            ctx.executor().schedule(this::sendCommand, wait, TimeUnit.NANOSECONDS);
        }
    }

    private void sendCommand() {
        if (phase != Phase.PLAY || run.stopping()) {
            return;
        }
        String command = nextCommand();
        lastCommand = command;
        awaiting = true;
        replyStarted = false;
        moveFailed = false;
        sentAt = System.nanoTime();
        send(command);
    }

    /** Called about once a second: a reply that never came is counted, and play goes on. */
    void checkTimeout(long now) {
        if (phase == Phase.PLAY && awaiting && now - sentAt > plan.replyTimeout().toNanos()) {
            awaiting = false;
            run.error(this, "no reply to '" + lastCommand + "' within " + plan.replyTimeout().toSeconds() + " s");
            scheduleNext(now);
        }
    }

    private String nextCommand() {
        if (returnMove != null) {
            String back = returnMove;
            returnMove = null;
            lastKind = "move back";
            return back;
        }
        String kind = plan.mix().draw(random);
        lastKind = kind;
        return switch (kind) {
            case "say" -> "say hello " + token();
            case "move" -> {
                moveMade = CommandMix.direction(random);
                yield moveMade;
            }
            case "take" -> "take all";
            case "drop" -> "drop all";
            case "tell" -> "tell " + plan.nameOf(random.nextInt(plan.clients())) + " hi " + token();
            case "examine" -> "examine me";
            default -> kind;
        };
    }

    private String token() {
        return "w" + Integer.toString(number, 36) + "x" + Long.toString(sentAt & 0xffffff, 36);
    }

    private void send(String line) {
        ctx.writeAndFlush(Unpooled.copiedBuffer(line + "\r\n", StandardCharsets.UTF_8));
    }

    void startOnItsLoop() {
        onLoop(this::start);
    }

    void checkTimeoutOnItsLoop(long now) {
        onLoop(() -> checkTimeout(now));
    }

    void closeOnItsLoop() {
        onLoop(() -> {
            phase = Phase.DONE;
            ctx.close();
        });
    }

    private void onLoop(Runnable r) {
        if (ctx != null) {
            ctx.executor().execute(r);
        }
    }
}
