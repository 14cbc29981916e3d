package brass.server.cli;

import brass.server.Server;
import brass.server.config.ConfigException;
import brass.server.config.ServerConfig;
import brass.server.store.StoreException;
import brass.world.behaviour.standard.StandardBehaviours;
import brass.world.build.WorldLoadException;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code brass run}: starts the server and runs until Ctrl-C or SIGTERM. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs the server until Ctrl-C or SIGTERM.", "",
                "Settings come from the flags, then from brass.yaml (in the current folder or beside"
                        + " bin/brass, or the file given with --config), then from the embedded defaults."})
public final class RunCommand implements Callable<Integer> {

    @Mixin
    ServerOptions options = new ServerOptions();

    @Override
    public Integer call() throws Exception {
        ServerConfig settings;
        try {
            settings = loadConfig();
        } catch (ConfigException e) {
            System.err.println("brass: " + e.getMessage());
            return 1;
        }
        try {
            brass.net.NettyTransport.checkVariable();
        } catch (IllegalStateException e) {
            System.err.println("brass: " + e.getMessage());
            return 1;
        }
        // Looked up here, not in a static field: picocli makes every subcommand's object up front,
        // and a static logger would start logging (and parse its XML) for `check` and `test` too.
        EarlyLogging.await();
        Logger log = LoggerFactory.getLogger(RunCommand.class);
        Server server = new Server(settings, StandardBehaviours.registry());
        // Whether the start ended with the server up. The hook is in place before the start, so a
        // SIGTERM while it runs (a service manager's stop, or one sent as soon as "Brass is up" is
        // logged) waits for it to end and then stops the server with its final checkpoint, instead
        // of ending the JVM with nothing saved.
        CompletableFuture<Boolean> started = new CompletableFuture<>();
        Thread hook = new Thread(() -> {
            if (!started.isDone()) {
                log.info("Shutdown requested (Ctrl-C or SIGTERM) while starting: stopping once started");
            }
            if (!started.join()) {
                // The start was refused and said why: nothing ran, so nothing is left to save.
                Runtime.getRuntime().halt(1);
            }
            log.info("Shutdown requested (Ctrl-C or SIGTERM): stopping");
            int status;
            try {
                server.stop().get(30, TimeUnit.SECONDS);
                status = stoppedStatus(server, log);
            } catch (Exception e) {
                log.error("Brass did not stop cleanly", e);
                status = 1;
            }
            // The exit status says whether the world was saved (0) or not (1), not which signal
            // stopped the server; nothing else registers a shutdown hook that this would cut short.
            Runtime.getRuntime().halt(status);
        }, "brass-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        boolean up = false;
        try {
            server.start();
            up = true;
        } catch (WorldLoadException e) {
            System.err.println("brass: the world in " + settings.worldDir() + " has errors; not starting:");
            System.err.print(e.getMessage());
            server.stop();
            return 1;
        } catch (StoreException e) {
            System.err.println("brass: " + e.getMessage());
            server.stop();
            return 1;
        } catch (java.net.BindException e) {
            System.err.println("brass: cannot listen on " + settings.bind() + " port " + settings.telnetPort() + ": "
                    + e.getMessage() + " (is another server running? pick another port with --telnet-port)");
            server.stop();
            return 1;
        } catch (java.io.IOException e) {
            // The SSH host key cannot be read or stored: its message says which and what to do.
            System.err.println("brass: " + e.getMessage());
            server.stop();
            return 1;
        } finally {
            started.complete(up);
        }
        server.stopped().join();
        // Stopped from inside the game (an admin's shutdown) rather than by a signal: the hook is
        // not needed, and the last word is ours.
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException signalled) {
            // The JVM is already shutting down: the hook is running, says how, and sets the status.
            return server.worldSaved() ? 0 : 1;
        }
        return stoppedStatus(server, log);
    }

    /** Logs how the server stopped; 0 when the world was saved, 1 when it was not. */
    private static int stoppedStatus(Server server, Logger log) {
        if (server.worldSaved()) {
            log.info("Brass stopped cleanly");
            ClassArchive.saveIfAsked(log);
            return 0;
        }
        log.error("Brass stopped, but the world was NOT saved (see above)");
        return 1;
    }

    ServerConfig loadConfig() throws ConfigException {
        return options.load(BrassCommand.home());
    }
}
