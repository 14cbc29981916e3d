package brass.world.terrarium;

/**
 * One snake in a tank: which row it slithers along, where along its back-and-forth path it is,
 * and which frame of its sprite shows. Its horizontal path is "unfolded": the position runs
 * round a loop twice the width of its lane, and the first half of the loop is the way right, the
 * second the way back; so moving {@code count} ticks at once is one addition, and turning at the
 * glass falls out of the arithmetic, exactly as many single ticks would have it.
 */
public final class Snake {

    private final long id;
    private final Sprite sprite;
    private final int row;
    private final int lane;
    private final int speed;
    private long along;
    private int frame;

    Snake(long id, Sprite sprite, int row, int lane, int speed, long along, int frame) {
        this.id = id;
        this.sprite = sprite;
        this.row = row;
        this.lane = lane;
        this.speed = speed;
        this.along = along;
        this.frame = frame;
    }

    /** Advances by {@code count} ticks: {@code frame = (frame + count) % frames}, {@code x += count * dx}. */
    void advance(long count) {
        frame = (int) ((frame + count) % sprite.frames());
        along = lane == 0 ? 0 : Math.floorMod(along + count * speed, 2L * lane);
    }

    public long id() {
        return id;
    }

    public int row() {
        return row;
    }

    /** The leftmost column of the sprite, within the tank. */
    public int x() {
        return (int) (along <= lane ? along : 2L * lane - along);
    }

    /** True while heading right; it turns at the glass. */
    public boolean facingRight() {
        return along < lane;
    }

    public int frame() {
        return frame;
    }

    /** What the snake looks like now. */
    public String picture() {
        return sprite.frame(frame, facingRight());
    }

    /** Where and how it is, as a value, for comparing runs. */
    public State state() {
        return new State(id, x(), row, frame, facingRight());
    }

    /** A snake's position, frame and heading at one moment. */
    public record State(long id, int x, int y, int frame, boolean facingRight) {
    }
}
