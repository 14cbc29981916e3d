package brass.load;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One load run, as the operator asked for it.
 *
 * @param host the server's address
 * @param port its telnet port
 * @param clients how many players to connect
 * @param connectAtOnce how many may be connecting or logging in at the same time (a login storm
 *                      is this many password hashes queued on the server)
 * @param duration how long commands are measured once everyone has logged in
 * @param ratePerClient open loop: commands each player sends a second, whether or not replies
 *                      came; 0 for closed loop, where each player waits for the reply
 * @param think closed loop: the pause between a reply and the next command
 * @param mix which commands, and how often
 * @param crowd true to keep everyone in the start room (each move is followed by the move back);
 *              false to let them wander the world
 * @param namePrefix the first letters of every character's name; the rest is the player's number
 *                   written in letters
 * @param password every character's password
 * @param replyTimeout a reply not ended by a prompt mark within this is counted as an error
 * @param serverPid the server's process, to report its memory and CPU, when known
 * @param json where to write the report as JSON, or null
 * @param sourceAddresses the local addresses the players connect from, player n from the n-th
 *                        (round the list); empty for the system's choice
 * @param warmUp how long everyone plays, unmeasured, before the measured {@code duration}: a
 *               fresh server's first seconds of play run code the JIT has not compiled yet
 */
public record LoadPlan(String host, int port, int clients, int connectAtOnce, Duration duration,
        double ratePerClient, Duration think, CommandMix mix, boolean crowd, String namePrefix,
        String password, Duration replyTimeout, OptionalLong serverPid, Path json,
        List<InetAddress> sourceAddresses, Duration warmUp) {

    public LoadPlan {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(mix, "mix");
        sourceAddresses = List.copyOf(sourceAddresses);
        Objects.requireNonNull(warmUp, "warmUp");
        if (warmUp.isNegative()) {
            throw new IllegalArgumentException("the warm-up must not be negative, not " + warmUp.toSeconds() + " s");
        }
        if (clients < 1) {
            throw new IllegalArgumentException("clients must be at least 1, not " + clients);
        }
        if (connectAtOnce < 1) {
            throw new IllegalArgumentException("connect-at-once must be at least 1, not " + connectAtOnce);
        }
        if (ratePerClient < 0) {
            throw new IllegalArgumentException("rate must not be negative, not " + ratePerClient);
        }
        if (!namePrefix.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')
                || namePrefix.length() < 1 || namePrefix.length() > 8) {
            throw new IllegalArgumentException("the name prefix must be 1 to 8 ASCII letters, not '" + namePrefix + "'");
        }
    }

    /** A plan whose players connect from the system's choice of local address. */
    public LoadPlan(String host, int port, int clients, int connectAtOnce, Duration duration,
            double ratePerClient, Duration think, CommandMix mix, boolean crowd, String namePrefix,
            String password, Duration replyTimeout, OptionalLong serverPid, Path json) {
        this(host, port, clients, connectAtOnce, duration, ratePerClient, think, mix, crowd, namePrefix, password,
                replyTimeout, serverPid, json, List.of(), Duration.ZERO);
    }

    /** A plan with no warm-up. */
    public LoadPlan(String host, int port, int clients, int connectAtOnce, Duration duration,
            double ratePerClient, Duration think, CommandMix mix, boolean crowd, String namePrefix,
            String password, Duration replyTimeout, OptionalLong serverPid, Path json,
            List<InetAddress> sourceAddresses) {
        this(host, port, clients, connectAtOnce, duration, ratePerClient, think, mix, crowd, namePrefix, password,
                replyTimeout, serverPid, json, sourceAddresses, Duration.ZERO);
    }

    /** This plan with {@code warmUp} of unmeasured play first. */
    public LoadPlan withWarmUp(Duration warmUp) {
        return new LoadPlan(host, port, clients, connectAtOnce, duration, ratePerClient, think, mix, crowd, namePrefix,
                password, replyTimeout, serverPid, json, sourceAddresses, warmUp);
    }

    /** The local address player {@code n} connects from, or null for the system's choice. */
    public InetAddress sourceAddressOf(int n) {
        return sourceAddresses.isEmpty() ? null : sourceAddresses.get(n % sourceAddresses.size());
    }

    /** True when players send at a fixed rate instead of waiting for each reply. */
    public boolean openLoop() {
        return ratePerClient > 0;
    }

    /** Player {@code n}'s character name: the prefix and {@code n} in letters, at least 3 letters in all. */
    public String nameOf(int n) {
        StringBuilder digits = new StringBuilder();
        int v = n;
        do {
            digits.append((char) ('a' + v % 26));
            v /= 26;
        } while (v > 0);
        while (namePrefix.length() + digits.length() < 6) {
            digits.append('a');
        }
        String p = namePrefix.substring(0, 1).toUpperCase() + namePrefix.substring(1).toLowerCase();
        return p + digits.reverse();
    }
}
