package brass.world.files.compile;

import brass.world.files.definition.Placement;
import brass.world.files.definition.ThingDefinition;
import brass.world.files.diagnostic.Problems;
import brass.world.model.Flag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Things in containers and on surfaces: the holder is one, and nothing ends up inside itself; an
 * actor starts wearing at most one thing on each place of the body.
 */
final class PlacementCheck {

    private PlacementCheck() {
    }

    static void check(Map<String, ThingDefinition> things, Problems problems) {
        for (ThingDefinition thing : things.values()) {
            if (thing.placement().isEmpty()) {
                continue;
            }
            Placement placement = thing.placement().get();
            ThingDefinition holder = things.get(placement.target());
            if (holder == null) {
                continue;
            }
            if (placement.kind() == Placement.Kind.IN_THING && !holder.is(Flag.CONTAINER)) {
                problems.error(placement.position(), "thing '" + thing.id() + "' is in '" + holder.id()
                        + "', which is not a container", holder.is(Flag.SURFACE) ? "write on: " + holder.id()
                        : "add container: true to '" + holder.id() + "'");
            }
            if (placement.kind() == Placement.Kind.ON_THING && !holder.is(Flag.SURFACE)) {
                problems.error(placement.position(), "thing '" + thing.id() + "' is on '" + holder.id()
                        + "', which is not a surface", holder.is(Flag.CONTAINER) ? "write in: " + holder.id()
                        : "add surface: true to '" + holder.id() + "'");
            }
        }
        checkCycles(things, problems);
        checkWorn(things, problems);
    }

    private static void checkCycles(Map<String, ThingDefinition> things, Problems problems) {
        Set<String> done = new HashSet<>();
        for (ThingDefinition thing : things.values()) {
            List<String> path = new ArrayList<>();
            String current = thing.id();
            while (current != null && !done.contains(current)) {
                int seen = path.indexOf(current);
                if (seen >= 0) {
                    reportCycle(things, path.subList(seen, path.size()), current, problems);
                    break;
                }
                path.add(current);
                ThingDefinition here = things.get(current);
                current = here == null ? null : here.placement()
                        .filter(p -> p.kind() == Placement.Kind.IN_THING || p.kind() == Placement.Kind.ON_THING)
                        .map(Placement::target).orElse(null);
            }
            done.addAll(path);
        }
    }

    /** Reports a cycle once, at the placement of the thing written first. */
    private static void reportCycle(Map<String, ThingDefinition> things, List<String> cycle, String current,
                                    Problems problems) {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < cycle.size(); k++) {
            String id = cycle.get(k);
            String relation = things.get(id).placement().orElseThrow().kind().field();
            text.append("'").append(id).append(k == 0 ? "' is " : "', which is ").append(relation).append(' ');
        }
        text.append("'").append(current).append("'");
        ThingDefinition first = cycle.stream().map(things::get)
                .min((a, b) -> a.position().compareTo(b.position())).orElseThrow();
        problems.error(first.placement().orElseThrow().position(), "placement cycle: " + text,
                "a thing cannot end up inside itself");
    }

    /** No actor starts wearing two things on one place of the body. */
    private static void checkWorn(Map<String, ThingDefinition> things, Problems problems) {
        Map<String, ThingDefinition> wornOn = new HashMap<>();
        for (ThingDefinition thing : things.values()) {
            Placement p = thing.placement().orElse(null);
            if (!thing.is(Flag.WORN) || thing.wornOn().isEmpty() || p == null || p.kind() != Placement.Kind.CARRIED_BY) {
                continue;
            }
            String place = thing.wornOn().get();
            ThingDefinition first = wornOn.putIfAbsent(p.target() + " " + place, thing);
            if (first != null) {
                problems.error(p.position(), "thing '" + thing.id() + "' is worn on the " + place + " of '"
                        + p.target() + "', where '" + first.id() + "' is worn already", "one place takes one thing");
            }
        }
    }
}
