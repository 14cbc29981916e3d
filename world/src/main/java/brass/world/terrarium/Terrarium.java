package brass.world.terrarium;

import brass.world.screen.Frame;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * A glass tank of snakes, {@code width} by {@code height} cells inside the glass, holding at most
 * {@code maxSnakes}. One tank is shared by everyone who watches it: a snake one viewer spawns is
 * in the tank for all of them, and stays as long as the tank does. Game-loop only, like all of
 * the world.
 */
public final class Terrarium {

    private final int width;
    private final int height;
    private final int maxSnakes;
    private final RandomGenerator random;
    private final Sprite sprite = Sprite.snake();
    private final List<Snake> snakes = new ArrayList<>();
    private long nextId = 1;
    private long ticks;

    public Terrarium(int width, int height, int maxSnakes, RandomGenerator random) {
        if (width < sprite.length() || height < 1 || maxSnakes < 0) {
            throw new IllegalArgumentException("a tank of " + width + "x" + height + " cannot hold a snake of "
                    + sprite.length() + " cells");
        }
        this.width = width;
        this.height = height;
        this.maxSnakes = maxSnakes;
        this.random = random;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int maxSnakes() {
        return maxSnakes;
    }

    /** How many ticks the tank has lived. */
    public long ticks() {
        return ticks;
    }

    public List<Snake> snakes() {
        return List.copyOf(snakes);
    }

    /** Every snake's state, in spawn order. */
    public List<Snake.State> states() {
        List<Snake.State> out = new ArrayList<>(snakes.size());
        for (Snake s : snakes) {
            out.add(s.state());
        }
        return out;
    }

    /** Moves and animates every snake by {@code count} ticks at once. */
    public void advance(long count) {
        if (count <= 0) {
            return;
        }
        ticks += count;
        for (Snake s : snakes) {
            s.advance(count);
        }
    }

    /** A new snake at a random row, place, heading, speed and frame; empty when the tank is full. */
    public Optional<Snake> spawn() {
        if (snakes.size() >= maxSnakes) {
            return Optional.empty();
        }
        int lane = width - sprite.length();
        int row = random.nextInt(height);
        long along = lane == 0 ? 0 : random.nextInt(2 * lane);
        int speed = 1 + random.nextInt(2);
        Snake s = new Snake(nextId++, sprite, row, lane, speed, along, random.nextInt(sprite.frames()));
        snakes.add(s);
        return Optional.of(s);
    }

    /** The frame size {@link #draw} needs: the tank plus its glass. */
    public int frameWidth() {
        return width + 2;
    }

    public int frameHeight() {
        return height + 2;
    }

    /** Paints the glass and every snake onto {@code frame} with the tank's top-left corner at ({@code left}, {@code top}). */
    public void draw(Frame frame, int left, int top) {
        frame.put(left, top, '+');
        frame.put(left + width + 1, top, '+');
        frame.put(left, top + height + 1, '+');
        frame.put(left + width + 1, top + height + 1, '+');
        for (int x = 1; x <= width; x++) {
            frame.put(left + x, top, '-');
            frame.put(left + x, top + height + 1, '-');
        }
        for (int y = 1; y <= height; y++) {
            frame.put(left, top + y, '|');
            frame.put(left + width + 1, top + y, '|');
        }
        for (Snake s : snakes) {
            frame.write(left + 1 + s.x(), top + 1 + s.row(), s.picture());
        }
    }
}
