package brass.protocols.session;

import static org.assertj.core.api.Assertions.assertThat;

import brass.engine.reactor.ManualReactor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

class IoHandoffTest {

    private final ManualReactor reactor = new ManualReactor();
    private final List<String> ran = new ArrayList<>();

    /** An I/O thread that counts its wake-ups and runs what it is given when told to. */
    private static final class Thread implements Executor {
        final List<Runnable> queued = new ArrayList<>();
        boolean refusing;

        @Override
        public void execute(Runnable r) {
            if (refusing) {
                throw new RejectedExecutionException("stopping");
            }
            queued.add(r);
        }

        void runQueued() {
            List<Runnable> now = new ArrayList<>(queued);
            queued.clear();
            now.forEach(Runnable::run);
        }
    }

    @Test
    void aTurnsWorkGoesToEachThreadAsOneTaskInTheOrderGiven() {
        Thread one = new Thread();
        Thread two = new Thread();
        reactor.execute(() -> {
            IoHandoff h = IoHandoff.of(reactor);
            h.execute(one, () -> ran.add("a batch"), () -> ran.add("refused"));
            h.execute(two, () -> ran.add("b batch"), () -> ran.add("refused"));
            h.execute(one, () -> ran.add("a close"), () -> ran.add("refused"));
            assertThat(one.queued).as("nothing is handed over before the turn ends").isEmpty();
        });
        reactor.runUntilIdle();

        assertThat(one.queued).as("one wake-up for thread one").hasSize(1);
        assertThat(two.queued).hasSize(1);
        one.runQueued();
        two.runQueued();
        assertThat(ran).containsExactly("a batch", "a close", "b batch");

        reactor.execute(() -> IoHandoff.of(reactor).execute(one, () -> ran.add("next turn"), () -> { }));
        reactor.runUntilIdle();
        assertThat(one.queued).as("a fresh turn, a fresh hand-off").hasSize(1);
    }

    @Test
    void oneFailingTaskDoesNotCostTheOthersTheirTurn() {
        Thread one = new Thread();
        reactor.execute(() -> {
            IoHandoff h = IoHandoff.of(reactor);
            h.execute(one, () -> {
                throw new IllegalStateException("a broken pipeline");
            }, () -> { });
            h.execute(one, () -> ran.add("still written"), () -> { });
        });
        reactor.runUntilIdle();
        one.runQueued();
        assertThat(ran).containsExactly("still written");
    }

    @Test
    void aThreadThatTakesNoMoreWorkHasEachTaskToldSo() {
        Thread stopping = new Thread();
        stopping.refusing = true;
        reactor.execute(() -> {
            IoHandoff h = IoHandoff.of(reactor);
            h.execute(stopping, () -> ran.add("written"), () -> ran.add("first refused"));
            h.execute(stopping, () -> ran.add("written"), () -> ran.add("second refused"));
        });
        reactor.runUntilIdle();
        assertThat(ran).containsExactly("first refused", "second refused");
    }

    @Test
    void offTheLoopWorkGoesAtOnce() throws Exception {
        Thread one = new Thread();
        IoHandoff h = IoHandoff.of(reactor);
        java.lang.Thread other = new java.lang.Thread(() -> h.execute(one, () -> ran.add("now"), () -> { }));
        other.start();
        other.join();
        assertThat(one.queued).hasSize(1);
    }
}
