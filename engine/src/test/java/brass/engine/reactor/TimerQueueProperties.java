package brass.engine.reactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The timer heap against a sorted list: same order, whatever mix of adds, cancels and re-arms. */
class TimerQueueProperties {

    @Property(tries = 300)
    void pollsInDueThenInsertionOrder(@ForAll @Size(max = 200) List<@IntRange(min = 0, max = 40) Integer> dues,
                                      @ForAll @Size(max = 200) List<@IntRange(min = 0, max = 250) Integer> cancels,
                                      @ForAll @Size(max = 50) List<@IntRange(min = 0, max = 250) Integer> rearms) {
        TimerQueue q = new TimerQueue();
        List<TimerQueue.Timer> model = new ArrayList<>();
        for (int due : dues) {
            model.add(q.newTimer(due, "t", () -> { }));
        }
        for (int c : cancels) {
            if (c < model.size()) {
                model.get(c).cancel();
            }
        }
        for (int r : rearms) {
            if (r < model.size()) {
                TimerQueue.Timer t = model.get(r);
                t.rescheduleAt((t.due * 7 + r) % 41);
            }
        }
        List<TimerQueue.Timer> expected = model.stream().filter(TimerQueue.Timer::isActive)
                .sorted(Comparator.<TimerQueue.Timer>comparingLong(t -> t.due).thenComparingLong(t -> t.seq))
                .toList();
        assertThat(q.size()).isEqualTo(expected.size());
        List<TimerQueue.Timer> polled = new ArrayList<>();
        TimerQueue.Timer t;
        while ((t = q.pollDue(Long.MAX_VALUE)) != null) {
            polled.add(t);
        }
        assertThat(polled).containsExactlyElementsOf(expected);
        assertThat(polled).allMatch(x -> !x.isActive());
    }
}
