package brass.engine.reactor;

import java.util.Arrays;

/**
 * The reactor's timers: a binary min-heap ordered by due time, then by scheduling order, so
 * timers due at the same instant run first-in first-out (as in Twisted's {@code task.Clock}).
 *
 * <p>Each {@link Timer} knows its place in the heap, so cancelling removes it at once (no dead
 * entries pile up when a loop is cancelled and restarted) and a repeating task can re-arm the
 * same entry instead of allocating a new one each tick. Loop-thread only.
 */
final class TimerQueue {

    private Timer[] heap = new Timer[64];
    private int size;
    private long sequence;

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The earliest timer, or null. */
    Timer peek() {
        return size == 0 ? null : heap[0];
    }

    Timer newTimer(long due, String name, Runnable task) {
        Timer t = new Timer(this, name, task);
        t.due = due;
        add(t);
        return t;
    }

    /** Removes and returns the earliest timer if it is due at or before {@code now}. */
    Timer pollDue(long now) {
        if (size == 0 || heap[0].due > now) {
            return null;
        }
        Timer t = heap[0];
        removeAt(0);
        return t;
    }

    private void add(Timer t) {
        t.seq = sequence++;
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        t.index = size;
        heap[size++] = t;
        siftUp(t.index);
    }

    void remove(Timer t) {
        if (t.index >= 0) {
            removeAt(t.index);
        }
    }

    void reschedule(Timer t, long due) {
        remove(t);
        t.due = due;
        add(t);
    }

    private void removeAt(int i) {
        Timer removed = heap[i];
        removed.index = -1;
        size--;
        if (i != size) {
            Timer last = heap[size];
            heap[i] = last;
            last.index = i;
            heap[size] = null;
            siftDown(i);
            if (heap[i] == last) {
                siftUp(i);
            }
        } else {
            heap[size] = null;
        }
    }

    private static boolean before(Timer a, Timer b) {
        return a.due < b.due || (a.due == b.due && a.seq < b.seq);
    }

    private void siftUp(int i) {
        Timer t = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            Timer p = heap[parent];
            if (!before(t, p)) {
                break;
            }
            heap[i] = p;
            p.index = i;
            i = parent;
        }
        heap[i] = t;
        t.index = i;
    }

    private void siftDown(int i) {
        Timer t = heap[i];
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int right = child + 1;
            if (right < size && before(heap[right], heap[child])) {
                child = right;
            }
            if (!before(heap[child], t)) {
                break;
            }
            heap[i] = heap[child];
            heap[i].index = i;
            i = child;
        }
        heap[i] = t;
        t.index = i;
    }

    /** One scheduled task; doubles as the {@link DelayedCall} handle given to the caller. */
    static final class Timer implements DelayedCall {
        private final TimerQueue queue;
        final String name;
        final Runnable task;
        long due;
        long seq;
        int index = -1;

        Timer(TimerQueue queue, String name, Runnable task) {
            this.queue = queue;
            this.name = name;
            this.task = task;
        }

        @Override
        public void cancel() {
            queue.remove(this);
        }

        @Override
        public boolean isActive() {
            return index >= 0;
        }

        @Override
        public long dueNanos() {
            return due;
        }

        @Override
        public void rescheduleAt(long dueNanos) {
            queue.reschedule(this, dueNanos);
        }

        @Override
        public String toString() {
            return "DelayedCall[" + name + " due " + due + (isActive() ? "" : ", inactive") + "]";
        }
    }
}
