package brass.protocols.play;

import brass.protocols.account.Account;
import brass.protocols.account.Roles;
import brass.protocols.gmcp.Gmcp;
import brass.world.language.Event;
import brass.world.markup.Markup;
import brass.world.model.Thing;
import brass.world.parser.Verb;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The channels players talk on across the whole game: {@code chat} (everyone), {@code newbie}
 * (everyone, for questions from those new to the game) and {@code builders} (builders and admins
 * only; {@code wiz} is another word for it). Each keeps its last {@value #HISTORY} lines since the
 * server started ({@code chat history}); each player may turn a channel off and on
 * ({@code chat off}), which is kept with their account. Game-loop only.
 */
final class Channels {

    /** How many lines each channel remembers for {@code history}. */
    static final int HISTORY = 20;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** One channel: its verb, its colour, and who may use it. */
    private record Channel(String name, List<String> synonyms, String colour, Predicate<Account> may, String who,
                           String help, Deque<Line> history) {
        String setting() {
            return "channel." + name;
        }
    }

    /** A line said on a channel, for its history. */
    private record Line(Instant at, String talker, String text) {
    }

    private final Lobby lobby;
    private final List<Channel> channels = new ArrayList<>();
    private Clock clock = Clock.systemUTC();

    private Channels(Lobby lobby) {
        this.lobby = lobby;
    }

    static Channels install(Lobby lobby) {
        Channels c = new Channels(lobby);
        c.add(new Channel("chat", List.of("ooc"), "cyan", a -> true, null,
                "chat <text>: talk on the global channel that every player hears. 'chat history' shows the last"
                        + " lines said; 'chat off' and 'chat on' stop and start hearing it.", new ArrayDeque<>()));
        c.add(new Channel("newbie", List.of(), "green", a -> true, null,
                "newbie <text>: ask or answer on the channel for those new to the game. 'newbie history',"
                        + " 'newbie off', 'newbie on'.", new ArrayDeque<>()));
        c.add(new Channel("builders", List.of("wiz"), "magenta",
                a -> a.hasRole(Roles.BUILDER) || a.hasRole(Roles.ADMIN), "builders and admins",
                "builders <text>: (builders and admins) talk on the channel only builders and admins hear. "
                        + "'builders history', 'builders off', 'builders on'.", new ArrayDeque<>()));
        return c;
    }

    /** The channels {@code account} may talk on, in the order they were made: GMCP's Comm.Channel.List. */
    List<String> namesFor(Account account) {
        return channels.stream().filter(c -> c.may().test(account)).map(Channel::name).toList();
    }

    /** The clock history times are read from (a test's fixed clock). */
    void clock(Clock wall) {
        clock = wall;
    }

    private void add(Channel channel) {
        channels.add(channel);
        lobby.game().register(new Verb(channel.name(), channel.synonyms(), brass.world.parser.Syntax.TEXT,
                java.util.Set.of(), brass.world.parser.AllDomain.NONE, channel.help())
                        .inTopic(brass.world.parser.Topic.TALKING)
                        .withExamples(channel.name() + " anyone seen the cockroach?", channel.name() + " history",
                                channel.name() + " off"),
                (command, turn) -> run(channel, turn.actor(), command.text()));
    }

    private List<Event> run(Channel channel, Thing actor, String typed) {
        Optional<ClientSession> client = lobby.client(actor);
        Account account = client.map(ClientSession::account).orElse(null);
        if (account == null) {
            return reply(actor, "Only a connected player may use the " + channel.name() + " channel.");
        }
        if (!channel.may().test(account)) {
            return reply(actor, "Only " + channel.who() + " may use '" + channel.name() + "'.");
        }
        String text = typed == null ? "" : typed.strip();
        String word = text.toLowerCase(Locale.ROOT);
        boolean off = account.setting(channel.setting()).isPresent();
        switch (word) {
            case "" -> {
                return reply(actor, "Say what on " + channel.name() + "? ('" + channel.name() + " history' shows what"
                        + " was said; '" + channel.name() + (off ? " on" : " off") + "' turns it " + (off ? "on" : "off")
                        + ".)");
            }
            case "history" -> {
                return reply(actor, history(channel));
            }
            case "off", "on" -> {
                boolean turnOff = word.equals("off");
                if (turnOff == off) {
                    return reply(actor, "The " + channel.name() + " channel is already " + word + " for you.");
                }
                Habits.save(lobby, actor, a -> a.withSetting(channel.setting(), turnOff ? "off" : null));
                return reply(actor, turnOff ? "You stop hearing the " + channel.name() + " channel ('" + channel.name()
                        + " on' to hear it again)." : "You hear the " + channel.name() + " channel again.");
            }
            default -> {
                if (off) {
                    return reply(actor, "You have turned " + channel.name() + " off; type '" + channel.name()
                            + " on' to use it again.");
                }
                say(channel, actor, text);
                return List.of();
            }
        }
    }

    private void say(Channel channel, Thing talker, String text) {
        channel.history().addLast(new Line(clock.instant(), talker.name(), text));
        while (channel.history().size() > HISTORY) {
            channel.history().removeFirst();
        }
        String tag = "{" + channel.colour() + "}[" + channel.name() + "]{/} ";
        for (Thing p : lobby.game().players()) {
            Optional<ClientSession> c = lobby.client(p);
            Account a = c.map(ClientSession::account).orElse(null);
            if (a == null || !channel.may().test(a) || a.setting(channel.setting()).isPresent()) {
                continue;
            }
            // "Alice chats" on chat, as it always read; "Alice says" on the others.
            boolean chat = channel.name().equals("chat");
            String who = p == talker ? (chat ? "You chat" : "You say") : talker.name() + (chat ? " chats" : " says");
            c.get().connection().send(tag + who + ": " + Markup.escape(text));
            c.get().connection().sendGmcp(Gmcp.commChannelText(channel.name(), talker.name(), text));
        }
    }

    private String history(Channel channel) {
        if (channel.history().isEmpty()) {
            return "Nothing has been said on " + channel.name() + " since the game started.";
        }
        StringBuilder out = new StringBuilder("The last " + (channel.history().size() == 1 ? "line" : channel.history().size()
                + " lines") + " on " + channel.name() + " (times in UTC):");
        for (Line line : channel.history()) {
            out.append('\n').append(TIME.format(line.at())).append(' ').append(line.talker()).append(": ")
                    .append(Markup.escape(line.text()));
        }
        return out.toString();
    }

    private static List<Event> reply(Thing actor, String text) {
        return List.of(Event.reply(actor, text));
    }
}
