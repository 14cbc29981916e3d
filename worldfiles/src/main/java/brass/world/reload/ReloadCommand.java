package brass.world.reload;

import brass.world.game.Game;
import brass.world.game.PlayerSession;
import brass.world.language.Event;
import brass.world.model.Thing;
import brass.world.parser.Topic;
import brass.world.parser.Verb;
import brass.world.script.ScriptNotices;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code reload} verb: re-reads the world folder and applies it to the running world. The
 * files are read and checked off the game loop (blocking I/O must never stall play); the result
 * is applied back on the loop, and the builder who typed it is told what changed, or every error
 * when the files are broken (then the old world keeps running).
 *
 * <p>Who may reload is decided by a predicate on the acting character: everyone for now, until
 * accounts have roles; the server passes e.g. {@code actor -> roles.isBuilder(actor)} then.
 */
public final class ReloadCommand {

    private static final Logger log = LoggerFactory.getLogger(ReloadCommand.class);

    public static final String HELP = "reload: re-read the world files and apply them to the running world.";

    private ReloadCommand() {
    }

    /** Registers {@code reload} for everyone. Call on the loop, or before the game is shared. */
    public static void install(Game game, Reloader reloader) {
        install(game, reloader, actor -> true);
    }

    /**
     * Registers {@code reload}, allowed to the characters {@code mayReload} accepts; they are also
     * the ones told in the game when a script fails ({@link ScriptNotices}).
     */
    public static void install(Game game, Reloader reloader, Predicate<Thing> mayReload) {
        Objects.requireNonNull(reloader, "reloader");
        Objects.requireNonNull(mayReload, "mayReload");
        reloader.scripts().reportTo(new ScriptNotices(game, mayReload));
        // Those who may reload are the builders a reaction's 'role: builder' means.
        reloader.roles((player, role) -> role.equals("builder") && mayReload.test(player));
        game.register(Verb.simple("reload", HELP).inTopic(Topic.BUILDING).withExamples("reload"), (command, turn) -> {
            Thing actor = turn.actor();
            if (!mayReload.test(actor)) {
                return List.of(Event.reply(actor, "Only builders may reload the world."));
            }
            if (reloader.isReloading()) {
                return List.of(Event.reply(actor, "A reload is already under way."));
            }
            PlayerSession session = game.session(actor).orElse(null);
            reloader.reload().whenComplete((report, error) -> {
                String text;
                if (error != null) {
                    log.error("reload of {} failed", reloader.folder(), error);
                    text = "The reload failed: " + error.getMessage();
                } else {
                    log.info("reload of {} by {}: {}", reloader.folder(), actor.id(), report.message().lines().findFirst().orElse(""));
                    text = report.message().stripTrailing();
                }
                if (session != null) {
                    session.send(text);
                }
            });
            return List.of(Event.reply(actor, "Reloading the world from " + reloader.folder() + "..."));
        });
    }
}
