package brass.world.terrarium;

import java.util.ArrayList;
import java.util.List;

/**
 * A multi-frame ASCII picture of a snake, facing right and (mirrored) left. All frames of one
 * sprite have the same length, so a snake's width does not change as it animates.
 *
 * @param right the frames facing right, in animation order
 * @param left  the same frames facing left
 */
public record Sprite(List<String> right, List<String> left) {

    public Sprite {
        right = List.copyOf(right);
        left = List.copyOf(left);
        if (right.isEmpty() || right.size() != left.size()) {
            throw new IllegalArgumentException("a sprite needs the same number (at least one) of frames each way");
        }
        int length = right.get(0).length();
        for (int i = 0; i < right.size(); i++) {
            if (right.get(i).length() != length || left.get(i).length() != length) {
                throw new IllegalArgumentException("every frame of a sprite must be " + length + " wide");
            }
        }
    }

    /** The standard snake: a wave that ripples from head to tail, eight frames, eight cells long. */
    public static Sprite snake() {
        String wave = "_.-~^~-.";
        List<String> right = new ArrayList<>();
        List<String> left = new ArrayList<>();
        for (int f = 0; f < wave.length(); f++) {
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < 6; i++) {
                // The ripple travels towards the tail: frame f shifts the wave by f cells.
                body.append(wave.charAt(Math.floorMod(i + f, wave.length())));
            }
            right.add(body + ":>");
            left.add("<:" + new StringBuilder(body).reverse());
        }
        return new Sprite(right, left);
    }

    public int frames() {
        return right.size();
    }

    public int length() {
        return right.get(0).length();
    }

    public String frame(int index, boolean facingRight) {
        return (facingRight ? right : left).get(index);
    }
}
