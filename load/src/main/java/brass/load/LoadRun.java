package brass.load;

import brass.net.NettyTransport;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import com.sun.management.UnixOperatingSystemMXBean;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * One load run: connects the players a few at a time (so the login storm is as wide as the plan
 * says), lets them all play for the plan's duration once everyone is in, and reports. The
 * clients live on Netty event loops; this class only counts what they tell it.
 */
public final class LoadRun {

    private static final long MAX_LATENCY_NANOS = TimeUnit.MINUTES.toNanos(10);

    private final LoadPlan plan;
    private final PrintStream log;
    private final Recorder replies = new Recorder(MAX_LATENCY_NANOS, 3);
    /** The same latencies by the mix's command that was answered ("move back" for a crowd's return). */
    private final Map<String, Recorder> repliesByCommand = new java.util.concurrent.ConcurrentHashMap<>();
    private final Recorder logins = new Recorder(MAX_LATENCY_NANOS, 3);
    private final AtomicInteger connected = new AtomicInteger();
    private final AtomicInteger loggedIn = new AtomicInteger();
    private final AtomicInteger loginFailures = new AtomicInteger();
    private final AtomicLong errors = new AtomicLong();
    private final Map<String, AtomicInteger> errorKinds = new ConcurrentHashMap<>();
    private final List<LoadClient> clients = new ArrayList<>();
    private final String crowdPrefix;
    private volatile boolean stopping;
    private volatile boolean measuring;
    private CountDownLatch settled;
    private EventLoopGroup group;
    private Bootstrap bootstrap;
    private final AtomicInteger nextToConnect = new AtomicInteger();

    public LoadRun(LoadPlan plan, PrintStream log) {
        this.plan = plan;
        this.log = log;
        String p = plan.namePrefix();
        this.crowdPrefix = p.substring(0, 1).toUpperCase() + p.substring(1).toLowerCase();
    }

    LoadPlan plan() {
        return plan;
    }

    boolean stopping() {
        return stopping;
    }

    /** True when {@code line} is something another player did, not the reply to this one's command. */
    boolean causedByAnother(String line) {
        return line.startsWith(crowdPrefix) || line.startsWith("Someone") || line.startsWith("[");
    }

    /** Runs the plan to the end and reports. */
    public LoadReport run() throws InterruptedException {
        String shortfall = fileLimitShortfall(plan.clients(), openFileLimit());
        if (shortfall != null) {
            log.println(shortfall);
        }
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        // The transport the server's listeners use (epoll on Linux; BRASS_TRANSPORT=nio forces NIO).
        NettyTransport transport = NettyTransport.chosen();
        group = transport.newGroup(threads);
        settled = new CountDownLatch(plan.clients());
        ProcessStats.Sample before;
        ProcessStats.Sample after;
        long measuredNanos;
        try {
            bootstrap = new Bootstrap().group(group).channel(transport.clientChannel())
                    .option(ChannelOption.TCP_NODELAY, true)
                    .option(ChannelOption.ALLOCATOR, PooledByteBufAllocator.DEFAULT) // as the server's listeners
                    .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 20_000);
            long rampStart = System.nanoTime();
            for (int i = 0; i < Math.min(plan.connectAtOnce(), plan.clients()); i++) {
                connectNext();
            }
            long rampLimit = Math.max(60, plan.clients() / 10);
            if (!settled.await(rampLimit, TimeUnit.SECONDS)) {
                log.printf("load: %d of %d players were still logging in after %d s; measuring those in%n",
                        plan.clients() - (int) settled.getCount(), plan.clients(), rampLimit);
            }
            double rampSeconds = (System.nanoTime() - rampStart) / 1e9;
            log.printf("load: %d logged in, %d failed, in %.1f s; measuring for %d s%n", loggedIn.get(),
                    loginFailures.get(), rampSeconds, plan.duration().toSeconds());
            if (loggedIn.get() == 0) {
                stopping = true;
                return new LoadReport(plan, connected.get(), 0, loginFailures.get(), 0, Map.copyOf(toCounts()), 0,
                        rampSeconds, replies.getIntervalHistogram(), Map.of(), logins.getIntervalHistogram(), null);
            }
            measuring = true;
            List<LoadClient> playing;
            synchronized (clients) {
                playing = List.copyOf(clients);
            }
            for (LoadClient c : playing) {
                c.startOnItsLoop();
            }
            if (!plan.warmUp().isZero()) {
                log.printf("load: warming up for %d s%n", plan.warmUp().toSeconds());
                play(playing, plan.warmUp());
            }
            replies.reset();
            repliesByCommand.values().forEach(Recorder::reset);
            before = ProcessStats.sample(plan.serverPid());
            long start = System.nanoTime();
            play(playing, plan.duration());
            measuring = false;
            measuredNanos = System.nanoTime() - start;
            after = ProcessStats.sample(plan.serverPid());
            stopping = true;
            for (LoadClient c : playing) {
                c.closeOnItsLoop();
            }
            Histogram latency = replies.getIntervalHistogram();
            Map<String, Histogram> byCommand = new java.util.TreeMap<>();
            repliesByCommand.forEach((kind, r) -> {
                Histogram h = r.getIntervalHistogram();
                if (h.getTotalCount() > 0) {
                    byCommand.put(kind, h);
                }
            });
            Histogram login = logins.getIntervalHistogram();
            return new LoadReport(plan, connected.get(), loggedIn.get(), loginFailures.get(), errors.get(),
                    Map.copyOf(toCounts()), measuredNanos / 1e9, rampSeconds, latency, byCommand, login,
                    ProcessStats.between(before, after));
        } finally {
            stopping = true;
            group.shutdownGracefully(0, 2, TimeUnit.SECONDS).await(10, TimeUnit.SECONDS);
        }
    }

    /** Lets the players play for {@code time}, checking each second for replies that never came. */
    private static void play(List<LoadClient> playing, Duration time) throws InterruptedException {
        long end = System.nanoTime() + time.toNanos();
        while (System.nanoTime() < end) {
            long left = end - System.nanoTime();
            TimeUnit.NANOSECONDS.sleep(Math.min(left, TimeUnit.SECONDS.toNanos(1)));
            long now = System.nanoTime();
            for (LoadClient c : playing) {
                c.checkTimeoutOnItsLoop(now);
            }
        }
    }

    /** This process's limit on open files, or -1 where the JVM does not say. */
    static long openFileLimit() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof UnixOperatingSystemMXBean unix) {
            return unix.getMaxFileDescriptorCount();
        }
        return -1;
    }

    /** A warning when {@code limit} open files cannot hold a socket for each of {@code clients}, or null. */
    static String fileLimitShortfall(int clients, long limit) {
        long needed = clients + 64L; // the JVM's own jars, pipes and selectors
        if (limit < 0 || limit >= needed) {
            return null;
        }
        return "load: this process may open " + limit + " files, too few for " + clients + " players (a socket "
                + "each); those beyond it will fail to connect. Raise it with ulimit -n (bin/brass load lifts it "
                + "to the hard limit, ulimit -Hn)";
    }

    private Map<String, Integer> toCounts() {
        Map<String, Integer> out = new java.util.TreeMap<>();
        errorKinds.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    private void connectNext() {
        int n = nextToConnect.getAndIncrement();
        if (n >= plan.clients() || stopping) {
            return;
        }
        LoadClient client = new LoadClient(this, n);
        InetAddress from = plan.sourceAddressOf(n);
        Bootstrap b = bootstrap.clone().handler(client);
        // Bound before the connect: each source address has its own ~28,000 ephemeral ports.
        ChannelFuture f = from == null ? b.connect(plan.host(), plan.port())
                : b.connect(new InetSocketAddress(plan.host(), plan.port()), new InetSocketAddress(from, 0));
        f.addListener(done -> {
            if (!done.isSuccess()) {
                loginFailed(client, "could not connect: " + done.cause().getMessage());
            }
        });
    }

    void connected(LoadClient c) {
        connected.incrementAndGet();
    }

    void loggedIn(LoadClient c, long nanos) {
        loggedIn.incrementAndGet();
        logins.recordValue(Math.min(nanos, MAX_LATENCY_NANOS));
        synchronized (clients) {
            clients.add(c);
        }
        if (measuring) {
            c.start(); // a late arrival plays from now on
        }
        settled.countDown();
        connectNext();
    }

    void loginFailed(LoadClient c, String why) {
        loginFailures.incrementAndGet();
        count("login: " + why);
        settled.countDown();
        connectNext();
    }

    void replied(LoadClient c, String command, long nanos) {
        if (measuring) {
            long value = Math.min(nanos, MAX_LATENCY_NANOS);
            replies.recordValue(value);
            repliesByCommand.computeIfAbsent(command, k -> new Recorder(MAX_LATENCY_NANOS, 3)).recordValue(value);
        }
    }

    void error(LoadClient c, String why) {
        if (measuring) {
            errors.incrementAndGet();
            count(why.replaceAll("'[^']*'", "'…'"));
        }
    }

    private void count(String kind) {
        errorKinds.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
    }
}
