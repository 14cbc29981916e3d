package brass.bench;

import brass.world.screen.Frame;
import brass.world.screen.FrameDiff;
import brass.world.terrarium.Terrarium;
import java.util.SplittableRandom;

/**
 * What one terrarium watcher costs: bytes per second of ANSI at 20 frames a second (changed
 * cells only), and the game-loop time to paint and diff one viewer's frame, from which the
 * number of viewers one loop can draw at 20 frames a second follows. The model ticks at the
 * default world's 12 ticks a second; the tank is the default world's 48 x 12 with 3 and 6 snakes.
 * Socket writes are not in this figure: they happen on Netty's threads, not on the loop.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar brass.bench.WatcherLoad [seconds]</pre>
 */
public final class WatcherLoad {

    public static void main(String[] args) {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        for (int snakes : new int[] {3, 6}) {
            Terrarium t = new Terrarium(48, 12, 6, new SplittableRandom(1));
            for (int i = 0; i < snakes; i++) {
                t.spawn();
            }
            // Simulated time: 20 draws a second, the model at 12 ticks a second.
            long bytes = 0;
            long frames = 0;
            Frame last = null;
            long ticksDone = 0;
            for (int draw = 0; draw < seconds * 20; draw++) {
                long due = draw * 12L / 20;
                t.advance(due - ticksDone);
                ticksDone = due;
                Frame f = new Frame(76, t.frameHeight() + 2);
                t.draw(f, 0, 1);
                String d = FrameDiff.diff(last, f);
                last = f;
                if (!d.isEmpty()) {
                    bytes += d.length() + 8; // plus parking the cursor
                    frames++;
                }
            }
            // Loop cost of one draw: paint and diff, measured after warming up.
            Frame prev = null;
            long sink = 0;
            for (int warm = 0; warm < 200_000; warm++) {
                t.advance(1);
                Frame f = new Frame(76, t.frameHeight() + 2);
                t.draw(f, 0, 1);
                sink += FrameDiff.diff(prev, f).length();
                prev = f;
            }
            int n = 500_000;
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                t.advance(1);
                Frame f = new Frame(76, t.frameHeight() + 2);
                t.draw(f, 0, 1);
                sink += FrameDiff.diff(prev, f).length();
                prev = f;
            }
            double perDrawNs = (System.nanoTime() - t0) / (double) n;
            double viewersAt20 = 50_000_000.0 / perDrawNs;
            System.out.printf("%d snakes: %.0f bytes/s per watcher (%d frames sent of %d draws, first frame included); "
                            + "%.1f us of loop time per draw -> about %.0f watchers at 20 frames/s fill the loop (sink %d)%n",
                    snakes, bytes / (double) seconds, frames, seconds * 20, perDrawNs / 1000, viewersAt20, sink % 10);
        }
    }
}
