package brass.world.talk;

import brass.world.files.definition.TopicCondition;
import brass.world.model.Thing;
import brass.world.model.World;
import java.util.List;

/** Whether a topic's conditions hold for the player who asks. */
public final class Conditions {

    private Conditions() {
    }

    /** True when every condition holds for {@code player} in {@code world}; a thing that is gone holds nothing. */
    public static boolean hold(List<TopicCondition> conditions, Thing player, World world) {
        for (TopicCondition c : conditions) {
            boolean holds;
            if (c instanceof TopicCondition.Carries carries) {
                holds = world.find(carries.thing()).map(t -> t != player && t.isWithin(player)).orElse(false);
            } else {
                TopicCondition.ThingIs is = (TopicCondition.ThingIs) c;
                holds = world.find(is.thing()).map(t -> t.is(is.state()) == is.value()).orElse(false);
            }
            if (!holds) {
                return false;
            }
        }
        return true;
    }
}
