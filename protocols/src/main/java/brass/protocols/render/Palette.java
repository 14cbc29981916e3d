package brass.protocols.render;

import brass.world.markup.Colour;

/** Colour arithmetic: the xterm palette and nearest-colour downgrades. */
public final class Palette {

    /** xterm's default values of the 16 basic colours, as 0xRRGGBB. */
    private static final int[] BASIC_RGB = {
        0x000000, 0xcd0000, 0x00cd00, 0xcdcd00, 0x0000ee, 0xcd00cd, 0x00cdcd, 0xe5e5e5,
        0x7f7f7f, 0xff0000, 0x00ff00, 0xffff00, 0x5c5cff, 0xff00ff, 0x00ffff, 0xffffff,
    };
    private static final int[] CUBE_STEPS = {0, 95, 135, 175, 215, 255};

    private Palette() {
    }

    /** The RGB value (0xRRGGBB) of an xterm colour index. */
    public static int rgbOfIndex(int index) {
        if (index < 16) {
            return BASIC_RGB[index];
        }
        if (index < 232) {
            int i = index - 16;
            return CUBE_STEPS[i / 36] << 16 | CUBE_STEPS[i / 6 % 6] << 8 | CUBE_STEPS[i % 6];
        }
        int grey = 8 + (index - 232) * 10;
        return grey << 16 | grey << 8 | grey;
    }

    public static int rgbOf(Colour c) {
        if (c instanceof Colour.Basic b) {
            return BASIC_RGB[b.index()];
        }
        if (c instanceof Colour.Indexed x) {
            return rgbOfIndex(x.index());
        }
        return ((Colour.Rgb) c).packed();
    }

    /** The nearest of the 256 xterm colours (from 16 up: the cube and the grey ramp, which do not vary by terminal). */
    public static int nearestIndex(int rgb) {
        int r = rgb >> 16 & 0xff;
        int g = rgb >> 8 & 0xff;
        int b = rgb & 0xff;
        int cube = 16 + 36 * nearestStep(r) + 6 * nearestStep(g) + nearestStep(b);
        int avg = (r + g + b) / 3;
        int greyIndex = avg < 8 ? 232 : Math.min(255, 232 + Math.round((avg - 8) / 10f));
        return distance(rgb, rgbOfIndex(greyIndex)) < distance(rgb, rgbOfIndex(cube)) ? greyIndex : cube;
    }

    /** The nearest of the 16 basic colours. */
    public static int nearestBasic(int rgb) {
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < 16; i++) {
            long d = distance(rgb, BASIC_RGB[i]);
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }

    private static int nearestStep(int v) {
        int best = 0;
        for (int i = 1; i < CUBE_STEPS.length; i++) {
            if (Math.abs(CUBE_STEPS[i] - v) < Math.abs(CUBE_STEPS[best] - v)) {
                best = i;
            }
        }
        return best;
    }

    /** Squared distance weighted roughly by how the eye sees red, green and blue. */
    static long distance(int a, int b) {
        long dr = (a >> 16 & 0xff) - (b >> 16 & 0xff);
        long dg = (a >> 8 & 0xff) - (b >> 8 & 0xff);
        long db = (a & 0xff) - (b & 0xff);
        return 3 * dr * dr + 4 * dg * dg + 2 * db * db;
    }
}
