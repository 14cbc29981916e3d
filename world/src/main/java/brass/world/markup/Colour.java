package brass.world.markup;

/**
 * A colour as the author wrote it: one of the 16 basic ANSI colours, one of the 256 xterm
 * colours, or a 24-bit RGB colour. Renderers downgrade it to what a client supports.
 */
public sealed interface Colour {

    /** One of the 16 basic colours: 0-7 normal, 8-15 bright (black, red, green, yellow, blue, magenta, cyan, white). */
    record Basic(int index) implements Colour {
        public Basic {
            if (index < 0 || index > 15) {
                throw new IllegalArgumentException("basic colour index out of range 0-15: " + index);
            }
        }
    }

    /** One of the 256 xterm colours. */
    record Indexed(int index) implements Colour {
        public Indexed {
            if (index < 0 || index > 255) {
                throw new IllegalArgumentException("xterm colour index out of range 0-255: " + index);
            }
        }
    }

    /** A 24-bit colour. */
    record Rgb(int red, int green, int blue) implements Colour {
        public Rgb {
            if ((red | green | blue) < 0 || red > 255 || green > 255 || blue > 255) {
                throw new IllegalArgumentException("rgb component out of range 0-255");
            }
        }

        /** The colour as {@code 0xRRGGBB}. */
        public int packed() {
            return red << 16 | green << 8 | blue;
        }
    }
}
