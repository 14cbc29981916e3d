package brass.world.reaction;

import brass.world.model.Thing;
import brass.world.model.Wearing;
import brass.world.model.World;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Whether conditions hold: the one checker of reactions' {@code if:} and topics' {@code when:}.
 * A chance draws from the game's seeded random numbers, so transcripts replay exactly.
 */
public final class Conditions {

    /**
     * What the references name at one moment: {@code self} (what the reaction or topic is written
     * on), {@code player} (who set it off, or asked), {@code thing} (what the trigger was about) and
     * {@code here}; each may be null.
     */
    public record Scene(Thing self, Thing player, Thing thing, Thing room) {
    }

    private final World world;
    private final RandomGenerator random;
    private final Reactions.Roles roles;

    public Conditions(World world, RandomGenerator random, Reactions.Roles roles) {
        this.world = Objects.requireNonNull(world, "world");
        this.random = Objects.requireNonNull(random, "random");
        this.roles = Objects.requireNonNull(roles, "roles");
    }

    /** True when every one of {@code conditions} holds in {@code scene}; a thing that is gone holds nothing. */
    public boolean hold(List<Condition> conditions, Scene scene) {
        for (Condition c : conditions) {
            if (!holds(c, scene)) {
                return false;
            }
        }
        return true;
    }

    private boolean holds(Condition c, Scene s) {
        if (c instanceof Condition.Carries carries) {
            Thing holder = resolve(carries.holder(), s);
            Thing thing = resolve(carries.thing(), s);
            return holder != null && thing != null && thing != holder && thing.isWithin(holder);
        }
        if (c instanceof Condition.Wears wears) {
            Thing wearer = resolve(wears.wearer(), s);
            Thing thing = resolve(wears.thing(), s);
            return wearer != null && thing != null && Wearing.wears(wearer, thing);
        }
        if (c instanceof Condition.State state) {
            Thing thing = resolve(state.thing(), s);
            return thing != null && thing.is(state.state()) == state.value();
        }
        if (c instanceof Condition.Where where) {
            Thing thing = resolve(where.thing(), s);
            Thing place = resolve(where.place(), s);
            return thing != null && place != null && thing.location() == place;
        }
        if (c instanceof Condition.Counter counter) {
            Thing of = resolve(counter.of(), s);
            long v = of == null ? 0 : world.counters().get(of, counter.name());
            return v >= counter.atLeast() && v <= counter.atMost();
        }
        if (c instanceof Condition.Chance chance) {
            return random.nextInt(100) < chance.percent();
        }
        if (c instanceof Condition.Role role) {
            return s.player() != null && s.player().isPlayer()
                    && (role.role().equals("player") || roles.test(s.player(), role.role()));
        }
        if (c instanceof Condition.Players players) {
            long n = s.room() == null ? 0 : s.room().contents().stream().filter(Thing::isPlayer).count();
            return n >= players.atLeast() && n <= players.atMost();
        }
        return !holds(((Condition.Not) c).condition(), s);
    }

    /** The thing a reference names in {@code scene}, or null when there is none (no player, removed). */
    public Thing resolve(String ref, Scene scene) {
        Thing t = switch (ref) {
            case Ref.SELF -> scene.self();
            case Ref.PLAYER -> scene.player();
            case Ref.THING -> scene.thing();
            case Ref.HERE -> scene.room();
            default -> world.find(ref).orElse(null);
        };
        return t == null || t.isRemoved() ? null : t;
    }
}
