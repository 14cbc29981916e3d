package brass.world.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import brass.world.behaviour.standard.Cockroach;
import brass.world.behaviour.standard.StandardBehaviours;
import brass.world.behaviour.standard.Wander;
import org.junit.jupiter.api.Test;

class BehaviourRegistryTest {

    final Behaviour.Code idle = (thing, definition, context) -> () -> { };

    @Test
    void theStandardRegistryHoldsTheFourThatShipInTheOrderTheDocsListThem() {
        assertThat(StandardBehaviours.registry().names())
                .containsExactly("cockroach", "snake-terrarium", "wander", "door-closes-after");
    }

    @Test
    void aSpecCannotBeRegisteredWithoutItsCode() {
        assertThatThrownBy(() -> new Behaviour(Wander.SPEC, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("code");
        assertThatThrownBy(() -> StandardBehaviours.registry().withCode("chime", idle))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no behaviour called 'chime' is registered");
    }

    @Test
    void aRegistryNeverChangesOnceMadeAndNewCodeKeepsTheSpec() {
        BehaviourRegistry cockroachOnly = BehaviourRegistry.of(Cockroach.behaviour());
        BehaviourRegistry both = cockroachOnly.with(Wander.behaviour());
        BehaviourRegistry idleRoach = both.withCode("cockroach", idle);
        assertThat(cockroachOnly.names()).containsExactly("cockroach");
        assertThat(both.names()).containsExactly("cockroach", "wander");
        assertThat(idleRoach.find("cockroach").orElseThrow().code()).isSameAs(idle);
        assertThat(idleRoach.spec("cockroach")).contains(Cockroach.SPEC);
        assertThat(both.find("cockroach").orElseThrow().code()).isNotSameAs(idle);
    }
}
