package brass.protocols.play;

import brass.protocols.account.Account;
import brass.protocols.render.ColourLevel;
import brass.world.game.Game;
import brass.world.language.Event;
import brass.world.markup.Markup;
import brass.world.model.Thing;
import brass.world.parser.Parser;
import brass.world.parser.Topic;
import brass.world.parser.Verb;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The commands players expect of their own session, kept with their account across logins:
 * {@code brief} and {@code verbose}, {@code prompt}, {@code colour}, {@code alias} and
 * {@code unalias}. Each takes effect at once and is stored off the loop; a store that fails
 * leaves the choice in force for this session and says so. Game-loop only.
 */
final class Habits {

    private static final Logger log = LoggerFactory.getLogger(Habits.class);

    static final String BRIEF = "brief";
    static final String PROMPT = "prompt";
    static final String COLOUR = "colour";

    private Habits() {
    }

    static void install(Lobby lobby) {
        Game game = lobby.game();
        game.register(Verb.simple("brief", "brief: arriving in a room shows its name, exits and what is there, without"
                + " the description ('look' still shows it all). 'verbose' undoes it.").inTopic(Topic.SETTINGS)
                .withExamples("brief"),
                (c, t) -> brief(lobby, t.actor(), true));
        game.register(Verb.simple("verbose", "verbose: arriving in a room shows its full description (the usual).")
                .inTopic(Topic.SETTINGS).withExamples("verbose"),
                (c, t) -> brief(lobby, t.actor(), false));
        game.register(Verb.text("prompt", "prompt <format>: choose your prompt, e.g. 'prompt %r >'. Codes: "
                + PromptFormat.CODES + ". 'prompt default' goes back to '>'.").inTopic(Topic.SETTINGS)
                .withExamples("prompt %r [%e] >", "prompt", "prompt default"),
                (c, t) -> prompt(lobby, t.actor(), c.text()));
        game.register(Verb.text("colour", "colour on|off|256|truecolor|auto: how many colours you see (auto: what your"
                + " client says it shows).", "color").inTopic(Topic.SETTINGS)
                .withExamples("colour off", "colour 256", "colour auto"), (c, t) -> colour(lobby, t.actor(), c.text()));
        game.register(Verb.text("alias", "alias <word> <command>: make a word of your own run a command, e.g."
                + " 'alias gg get $1 from $2' ($1..$9 the words after it, $* all of them). 'alias' lists yours.")
                .inTopic(Topic.SETTINGS).withExamples("alias gg get $1 from $2", "alias"),
                (c, t) -> alias(lobby, t.actor(), c.text()));
        game.register(Verb.text("unalias", "unalias <word>: forget one of your aliases.").inTopic(Topic.SETTINGS)
                .withExamples("unalias gg"),
                (c, t) -> unalias(lobby, t.actor(), c.text()));
    }

    /** Puts an account's choices of how text looks in force, before the game shows anything. */
    static void applyLooks(Account account, ConnectionView view, brass.protocols.session.Connection connection) {
        account.setting(PROMPT).ifPresent(f -> view.promptFormat(new PromptFormat(f)));
        account.setting(COLOUR).flatMap(Habits::level).ifPresent(l -> connection.overrideColour(l.level()));
    }

    /** Puts an account's choices of how the game plays in force, once its session exists. */
    static void applyPlay(Account account, ClientSession client) {
        client.session().brief(account.setting(BRIEF).isPresent());
    }

    /**
     * Rows of the window a paged listing ({@code who}, {@code people}) leaves to others: its
     * header, its count, its page line and the prompt.
     */
    static final int PAGE_MARGIN = 4;

    /** Runs what the player typed, through their aliases; a page of a listing fills the window as it is now. */
    static void perform(ClientSession client, String line) {
        client.session().pager().rows(client.connection().capabilities().height() - PAGE_MARGIN);
        Aliases.Expansion expansion = Aliases.expand(client.account(), line);
        if (expansion instanceof Aliases.Expansion.Line expanded) {
            client.session().perform(expanded.line());
        } else if (expansion instanceof Aliases.Expansion.TooLong) {
            client.session().send("That alias makes a line longer than " + Parser.LONGEST_LINE
                    + " characters; it was not run.");
            client.view().prompt(Game.PROMPT);
        } else {
            client.session().perform(line);
        }
    }

    // ---- brief, prompt, colour --------------------------------------------------------------------

    private static List<Event> brief(Lobby lobby, Thing actor, boolean on) {
        Optional<ClientSession> client = lobby.client(actor);
        if (client.isEmpty()) {
            return reply(actor, "Only a connected player has a mode to set.");
        }
        client.get().session().brief(on);
        save(lobby, actor, a -> a.withSetting(BRIEF, on ? "on" : null));
        return reply(actor, on ? "Brief mode: arriving in a room shows its name, exits and what is there."
                : "Verbose mode: arriving in a room shows its full description.");
    }

    private static List<Event> prompt(Lobby lobby, Thing actor, String text) {
        Optional<ClientSession> client = lobby.client(actor);
        String format = text == null ? "" : text.strip();
        if (client.isEmpty()) {
            return reply(actor, "Only a connected player has a prompt.");
        }
        if (format.isEmpty()) {
            String now = client.get().account().setting(PROMPT).orElse(PromptFormat.DEFAULT.format());
            return reply(actor, "Your prompt is '" + Markup.escape(now) + "'. Choose another with 'prompt <format>';"
                    + " codes: " + PromptFormat.CODES + ".");
        }
        if (format.equalsIgnoreCase("default")) {
            client.get().view().promptFormat(PromptFormat.DEFAULT);
            save(lobby, actor, a -> a.withSetting(PROMPT, null));
            return reply(actor, "Your prompt is '>' again.");
        }
        Optional<String> problem = PromptFormat.problem(format);
        if (problem.isPresent()) {
            return reply(actor, Markup.escape(problem.get()));
        }
        client.get().view().promptFormat(new PromptFormat(format));
        save(lobby, actor, a -> a.withSetting(PROMPT, format));
        return reply(actor, "Your prompt is now '" + Markup.escape(format) + "'.");
    }

    /** A colour choice: its word, and the level it stands for (null: what the client reports). */
    record Choice(String word, ColourLevel level, String shown) {
    }

    private static final List<Choice> CHOICES = List.of(
            new Choice("off", ColourLevel.NONE, "off"),
            new Choice("on", ColourLevel.ANSI16, "on (16 colours)"),
            new Choice("256", ColourLevel.ANSI256, "256 colours"),
            new Choice("truecolor", ColourLevel.TRUECOLOR, "true colour"),
            new Choice("auto", null, "what your client says it shows"));

    private static Optional<Choice> level(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        String canonical = w.equals("truecolour") ? "truecolor" : w;
        return CHOICES.stream().filter(c -> c.word().equals(canonical)).findFirst();
    }

    private static List<Event> colour(Lobby lobby, Thing actor, String text) {
        Optional<ClientSession> client = lobby.client(actor);
        if (client.isEmpty()) {
            return reply(actor, "Only a connected player has colours to set.");
        }
        String word = text == null ? "" : text.strip();
        if (word.isEmpty()) {
            Choice now = client.get().account().setting(COLOUR).flatMap(Habits::level).orElse(CHOICES.get(4));
            return reply(actor, "Colour: " + now.shown() + ". Choose with 'colour on', 'colour off', 'colour 256',"
                    + " 'colour truecolor' or 'colour auto'.");
        }
        Optional<Choice> choice = level(word);
        if (choice.isEmpty()) {
            return reply(actor, "Colour can be on, off, 256, truecolor or auto.");
        }
        client.get().connection().overrideColour(choice.get().level());
        save(lobby, actor, a -> a.withSetting(COLOUR, choice.get().level() == null ? null : choice.get().word()));
        return reply(actor, "Colour: " + choice.get().shown() + ".");
    }

    // ---- aliases ------------------------------------------------------------------------------------

    private static List<Event> alias(Lobby lobby, Thing actor, String text) {
        Optional<ClientSession> client = lobby.client(actor);
        if (client.isEmpty()) {
            return reply(actor, "Only a connected player has aliases.");
        }
        Map<String, String> aliases = Aliases.of(client.get().account());
        String rest = text == null ? "" : text.strip();
        if (rest.isEmpty()) {
            if (aliases.isEmpty()) {
                return reply(actor, "You have no aliases. Make one with e.g. 'alias gg get $1 from $2'.");
            }
            StringBuilder sb = new StringBuilder("Your aliases:");
            aliases.forEach((w, body) -> sb.append('\n').append(w).append(" = ").append(Markup.escape(body)));
            return reply(actor, sb.toString());
        }
        int space = rest.indexOf(' ');
        String word = (space < 0 ? rest : rest.substring(0, space)).toLowerCase(Locale.ROOT);
        String body = space < 0 ? "" : rest.substring(space + 1).strip();
        if (body.isEmpty()) {
            String has = aliases.get(word);
            return reply(actor, has == null ? "You have no alias '" + Markup.escape(word) + "'."
                    : word + " = " + Markup.escape(has));
        }
        Optional<String> problem = Aliases.wordProblem(word);
        if (problem.isPresent()) {
            return reply(actor, problem.get());
        }
        if (body.length() > Parser.MAX_LINE) {
            return reply(actor, "That alias is too long (" + body.length() + " characters); the most is "
                    + Parser.MAX_LINE + ".");
        }
        if (!aliases.containsKey(word) && aliases.size() >= Aliases.MAX_ALIASES) {
            return reply(actor, "You have " + Aliases.MAX_ALIASES + " aliases, the most there may be; 'unalias' one"
                    + " first.");
        }
        save(lobby, actor, a -> a.withSetting(Aliases.PREFIX + word, body));
        return reply(actor, "Alias set: " + word + " = " + Markup.escape(body));
    }

    private static List<Event> unalias(Lobby lobby, Thing actor, String text) {
        Optional<ClientSession> client = lobby.client(actor);
        String word = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (client.isEmpty()) {
            return reply(actor, "Only a connected player has aliases.");
        }
        if (word.isEmpty()) {
            return reply(actor, "Unalias what? 'alias' lists your aliases.");
        }
        if (client.get().account().setting(Aliases.PREFIX + word).isEmpty()) {
            return reply(actor, "You have no alias '" + Markup.escape(word) + "'.");
        }
        save(lobby, actor, a -> a.withSetting(Aliases.PREFIX + word, null));
        return reply(actor, "Alias removed: " + word + ".");
    }

    // ---- helpers ------------------------------------------------------------------------------------

    /** Stores a change; if the store fails, the player hears the choice holds only until they leave. */
    static void save(Lobby lobby, Thing actor, UnaryOperator<Account> change) {
        lobby.changeAccount(actor, change).whenComplete((saved, error) -> {
            if (error != null) {
                log.error("could not save a setting of {}", actor.name(), error);
                lobby.client(actor).ifPresent(c -> c.connection().send(
                        "{red}The game cannot reach its records right now: that holds until you leave, but is not"
                                + " saved.{/}"));
            }
        });
    }

    private static List<Event> reply(Thing actor, String text) {
        return List.of(Event.reply(actor, text));
    }
}
