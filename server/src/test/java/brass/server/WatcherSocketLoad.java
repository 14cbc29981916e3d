package brass.server;

import brass.engine.clock.SystemClock;
import brass.engine.reactor.EventLoopReactor;
import brass.engine.reactor.LoopLag;
import brass.protocols.account.InMemoryAccountStore;
import brass.protocols.account.PasswordHasher;
import brass.protocols.play.Lobby;
import brass.protocols.play.PlaySettings;
import brass.protocols.telnet.TelnetServer;
import brass.protocols.watch.Watch;
import brass.protocols.watch.Watching;
import brass.world.behaviour.BehaviourContext;
import brass.world.behaviour.RunningBehaviours;
import brass.world.behaviour.standard.SnakeTerrarium;
import brass.world.behaviour.standard.StandardBehaviours;
import brass.world.build.TestPaths;
import brass.world.build.WorldBuilder;
import brass.world.build.Worlds;
import brass.world.files.definition.WorldDefinition;
import brass.world.game.Game;
import brass.world.model.Thing;
import brass.world.model.World;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Load tool, not a test: how many telnet watchers one server animates at 20 frames/s, with real
 * sockets on 127.0.0.1. Starts a reactor, the default world, a {@link Lobby} with cheap hashing
 * ({@code PasswordHasher(1_000)}), the watch verb and a real {@link TelnetServer} on a free port;
 * connects N raw clients that answer TTYPE with "xterm", create characters (16 at a time), walk
 * east twice and {@code watch terrarium}; tops the tank up to 6 snakes; then, after 2 s of
 * warm-up, counts for SECONDS the frames each client receives. A frame always ends by parking
 * the cursor on the row under the picture ({@code ESC [ H+1 ; 1 H}, H the frame height), a
 * sequence no diff contains, so that is what is counted. One selector thread reads every socket.
 *
 * <p>Usage: {@code WatcherSocketLoad N SECONDS}. Client and server share one JVM (and the CPU).
 */
public final class WatcherSocketLoad {

    private static final String ENTER = "\u001b[?1049h";

    private EventLoopReactor reactor;
    private World world;
    private Watching watching;
    private final SnakeTerrarium tanks = new SnakeTerrarium();
    private TelnetServer telnet;

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        int seconds = Integer.parseInt(args[1]);
        try {
            new WatcherSocketLoad().run(n, seconds);
        } finally {
            System.exit(0);
        }
    }

    private void run(int n, int seconds) throws Exception {
        start();
        Thing tankThing = onLoop(() -> world.things().stream().filter(t -> t.name().equals("terrarium"))
                .findFirst().orElseThrow());
        int frameHeight = onLoop(() -> tanks.find(tankThing).orElseThrow().terrarium().frameHeight()) + 2;
        byte[] marker = ("\u001b[" + (frameHeight + 1) + ";1H").getBytes(StandardCharsets.ISO_8859_1);

        long setupStart = System.nanoTime();
        // While the others join, a drainer reads (and drops) what the watchers already joined are sent,
        // so no frames pile up in the socket buffers to be counted later.
        Selector drain = Selector.open();
        java.util.Queue<SocketChannel> fresh = new java.util.concurrent.ConcurrentLinkedQueue<>();
        java.util.concurrent.atomic.AtomicBoolean joined = new java.util.concurrent.atomic.AtomicBoolean();
        Thread drainer = new Thread(() -> {
            ByteBuffer sink = ByteBuffer.allocateDirect(1 << 16);
            try {
                while (!joined.get()) {
                    drain.select(50);
                    for (SocketChannel c; (c = fresh.poll()) != null; ) {
                        c.register(drain, SelectionKey.OP_READ);
                    }
                    for (SelectionKey key : drain.selectedKeys()) {
                        while (((SocketChannel) key.channel()).read(sink.clear()) > 0) {
                            // dropped
                        }
                    }
                    drain.selectedKeys().clear();
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, "drainer");
        drainer.start();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<SocketChannel>> joining = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = i;
            joining.add(pool.submit(() -> {
                SocketChannel c = join(k);
                c.configureBlocking(false);
                fresh.add(c);
                drain.wakeup();
                return c;
            }));
        }
        List<SocketChannel> clients = new ArrayList<>();
        for (Future<SocketChannel> f : joining) {
            clients.add(f.get(300, TimeUnit.SECONDS));
        }
        pool.shutdown();
        joined.set(true);
        drain.wakeup();
        drainer.join();
        drain.close();
        double setupSeconds = (System.nanoTime() - setupStart) / 1e9;
        int snakes = onLoop(() -> {
            var t = tanks.find(tankThing).orElseThrow().terrarium();
            while (t.snakes().size() < t.maxSnakes() && t.spawn().isPresent()) {
                // top the tank up
            }
            return t.snakes().size();
        });

        Selector selector = Selector.open();
        long[] frames = new long[n];
        long[] bytes = new long[n];
        int[] matched = new int[n];
        for (int i = 0; i < n; i++) {
            SocketChannel c = clients.get(i);
            c.configureBlocking(false);
            c.register(selector, SelectionKey.OP_READ, i);
        }
        ByteBuffer buf = ByteBuffer.allocateDirect(1 << 16);
        byte[] chunk = new byte[1 << 16];
        long warmEnd = System.nanoTime() + 2_000_000_000L;
        long end = warmEnd + seconds * 1_000_000_000L;
        boolean counting = false;
        long serverFramesBefore = 0;
        long cpuBefore = 0;
        // The loop's delay in the window: every 5 ms a task is posted and how long it waited is kept.
        List<Long> delays = java.util.Collections.synchronizedList(new ArrayList<>());
        long probeEnd = end;
        java.util.concurrent.ScheduledExecutorService probe =
                java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "loop probe");
                    t.setDaemon(true);
                    return t;
                });
        Runnable probeOnce = () -> {
            if (System.nanoTime() < probeEnd) {
                long posted = System.nanoTime();
                reactor.execute(() -> delays.add(System.nanoTime() - posted));
            }
        };
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        while (true) {
            long now = System.nanoTime();
            if (!counting && now >= warmEnd) {
                counting = true;
                Arrays.fill(frames, 0);
                Arrays.fill(bytes, 0);
                serverFramesBefore = onLoop(this::serverFrames);
                cpuBefore = os.getProcessCpuTime();
                probe.scheduleAtFixedRate(probeOnce, 0, 5, TimeUnit.MILLISECONDS);
            }
            if (now >= end) {
                break;
            }
            selector.select(Math.max(1, (Math.min(end, counting ? end : warmEnd) - now) / 1_000_000));
            for (SelectionKey key : selector.selectedKeys()) {
                int i = (Integer) key.attachment();
                SocketChannel c = (SocketChannel) key.channel();
                int r;
                while ((r = c.read(buf.clear())) > 0) {
                    buf.flip().get(chunk, 0, r);
                    bytes[i] += r;
                    int m = matched[i];
                    for (int j = 0; j < r; j++) {
                        byte b = chunk[j];
                        if (b == marker[m]) {
                            if (++m == marker.length) {
                                frames[i]++;
                                m = 0;
                            }
                        } else {
                            m = b == marker[0] ? 1 : 0;
                        }
                    }
                    matched[i] = m;
                }
                if (r < 0) {
                    key.cancel();
                }
            }
            selector.selectedKeys().clear();
        }
        long cpu = os.getProcessCpuTime() - cpuBefore;
        long serverFrames = onLoop(this::serverFrames) - serverFramesBefore;
        int stillWatching = onLoop(() -> (int) watching.watches().stream().filter(Watch::isWatching).count());
        LoopLag.Snapshot lag = reactor.lag().snapshot();
        probe.shutdownNow();
        long[] d;
        synchronized (delays) {
            d = delays.stream().mapToLong(Long::longValue).sorted().toArray();
        }

        double[] rate = new double[n];
        long totalBytes = 0;
        for (int i = 0; i < n; i++) {
            rate[i] = frames[i] / (double) seconds;
            totalBytes += bytes[i];
        }
        Arrays.sort(rate);
        double mean = Arrays.stream(rate).average().orElse(0);
        System.out.printf("watchers %d (still watching %d), snakes %d, %d s (setup %.1f s)%n", n, stillWatching,
                snakes, seconds, setupSeconds);
        System.out.printf("frames/s per watcher received: mean %.2f, p10 %.2f, min %.2f, max %.2f%n", mean,
                rate[(int) Math.floor(0.10 * (n - 1))], rate[0], rate[n - 1]);
        System.out.printf("server frames written/s per watcher: %.2f%n", serverFrames / (double) seconds / n);
        System.out.printf("bytes/s total received: %,.0f (%,.0f per watcher)%n", totalBytes / (double) seconds,
                totalBytes / (double) seconds / n);
        System.out.printf("process CPU (server and clients, one JVM): %.0f%% of one core (%d cores)%n",
                100.0 * cpu / (seconds * 1e9), Runtime.getRuntime().availableProcessors());
        System.out.printf("loop task delay in the window (probe every 5 ms, %d samples): p50 %.3f ms, p99 %.3f ms, "
                + "max %.3f ms%n", d.length, d[d.length / 2] / 1e6, d[(int) (0.99 * (d.length - 1))] / 1e6,
                d[d.length - 1] / 1e6);
        System.out.printf("timer lag since start (setup included): %s%n", lag);
        for (SocketChannel c : clients) {
            c.close();
        }
        telnet.close();
    }

    private long serverFrames() {
        return watching.watches().stream().mapToLong(Watch::framesSent).sum();
    }

    /** Connects, answers TTYPE, makes a character, walks to the conservatory and watches the tank. */
    private SocketChannel join(int k) throws IOException {
        SocketChannel c = SocketChannel.open(new InetSocketAddress("127.0.0.1", telnet.port()));
        Conversation t = new Conversation(c);
        String name = "watcher" + CockroachStressTest.letters(k);
        t.await("By what name shall we know you? ");
        t.send(name);
        t.await("(yes/no) ");
        t.send("yes");
        t.await("Choose a password");
        t.send("secret12");
        t.await("Type it again: ");
        t.send("secret12");
        t.await("Welcome, ");
        t.send("east");
        t.await("The Snug");
        t.send("east");
        t.await("The Conservatory");
        t.send("watch terrarium");
        t.await(ENTER);
        return c;
    }

    /** A blocking conversation on a channel that answers DO TTYPE with WILL and SEND with "xterm". */
    private static final class Conversation {
        private final SocketChannel c;
        private final StringBuilder seen = new StringBuilder();
        private int scanned;
        private final ByteBuffer buf = ByteBuffer.allocate(16384);

        Conversation(SocketChannel c) {
            this.c = c;
        }

        void send(String line) throws IOException {
            write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        }

        private void write(byte[] b) throws IOException {
            ByteBuffer out = ByteBuffer.wrap(b);
            while (out.hasRemaining()) {
                c.write(out);
            }
        }

        void await(String text) throws IOException {
            while (seen.indexOf(text) < 0) {
                int r = c.read(buf.clear());
                if (r < 0) {
                    throw new IOException("closed while waiting for '" + text + "': " + seen);
                }
                seen.append(new String(buf.array(), 0, r, StandardCharsets.ISO_8859_1));
                answer();
            }
            int cut = seen.indexOf(text) + text.length();
            seen.delete(0, cut);
            scanned = Math.max(0, scanned - cut);
        }

        private void answer() throws IOException {
            int i = scanned;
            while (i < seen.length()) {
                if (seen.charAt(i) != 255) {
                    i++;
                    continue;
                }
                if (i + 2 >= seen.length()) {
                    break;
                }
                int verb = seen.charAt(i + 1);
                int option = seen.charAt(i + 2);
                if (verb == 253 && option == 24) {
                    write(new byte[] {(byte) 255, (byte) 251, 24});
                    i += 3;
                } else if (verb == 250 && option == 24) {
                    if (i + 5 >= seen.length()) {
                        break;
                    }
                    byte[] reply = ("\u00ff\u00fa\u0018\u0000xterm\u00ff\u00f0").getBytes(StandardCharsets.ISO_8859_1);
                    write(reply);
                    i += 6;
                } else {
                    i += verb == 255 ? 2 : 1;
                }
            }
            scanned = i;
        }
    }

    private void start() throws Exception {
        WorldDefinition definition = Worlds.definition(TestPaths.defaultWorld());
        world = WorldBuilder.build(definition);
        reactor = new EventLoopReactor(SystemClock.INSTANCE, EventLoopReactor.Settings.defaults());
        reactor.start();
        Lobby lobby = onLoop(() -> {
            Game game = new Game(world, reactor);
            RunningBehaviours.start(world, definition, StandardBehaviours.registry().withCode("snake-terrarium", tanks),
                    new BehaviourContext(game, new SplittableRandom(1)));
            Lobby l = new Lobby(game, new InMemoryAccountStore(), new PasswordHasher(1_000),
                    PlaySettings.defaults().withLinkDeadGrace(Duration.ZERO));
            watching = Watching.install(l, tanks, Watching.Settings.defaults());
            return l;
        });
        telnet = new TelnetServer(reactor, TelnetServer.Settings.defaults().withPort(0).withMccp2(false),
                lobby::accept).start();
    }


    private <T> T onLoop(Callable<T> work) throws Exception {
        return reactor.call(work).get(60, TimeUnit.SECONDS);
    }

}
