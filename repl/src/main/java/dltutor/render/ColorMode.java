package dltutor.render;

/**
 * How a picture reaches the terminal: 24-bit colour, the 256-colour palette, or plain ASCII
 * characters whose density stands for brightness (for dumb terminals and logs).
 *
 * <p>Modern terminals announce 24-bit colour with {@code COLORTERM=truecolor}; almost every other
 * colour terminal understands the xterm 256-colour palette (xterm, 1999: a 6×6×6 colour cube plus a
 * 24-step grey ramp). Choose {@link #TRUE_COLOR} when it is announced, {@link #PALETTE_256}
 * otherwise, {@link #ASCII} for dumb terminals and logs.
 *
 * <p>Cube index: {@code 16 + 36·r₆ + 6·g₆ + b₆} with each channel rounded to the levels 0, 95, 135,
 * 175, 215, 255; grey index: {@code 232 + round((v − 8)/238 · 23)}.
 */
public enum ColorMode {
    /** {@code ESC[38;2;r;g;bm}: exact colours. */
    TRUE_COLOR,
    /** {@code ESC[38;5;nm}: the nearest of the xterm 256 colours. */
    PALETTE_256,
    /** No escape codes: a character ramp from {@code ' '} (dark) to {@code '@'} (bright). */
    ASCII;

    /** The brightness ramp used in {@link #ASCII} mode, darkest first. */
    public static final String RAMP = " .:-=+*#%@";

    private static final String CSI = "\u001B[";

    /** The escape code that sets the foreground to {@code rgb} (0xRRGGBB); empty in ASCII mode. */
    String foreground(int rgb) {
        return code(38, rgb);
    }

    /** The escape code that sets the background to {@code rgb} (0xRRGGBB); empty in ASCII mode. */
    String background(int rgb) {
        return code(48, rgb);
    }

    private String code(int layer, int rgb) {
        int r = rgb >> 16 & 0xFF;
        int g = rgb >> 8 & 0xFF;
        int b = rgb & 0xFF;
        return switch (this) {
            case TRUE_COLOR -> CSI + layer + ";2;" + r + ";" + g + ";" + b + "m";
            case PALETTE_256 -> CSI + layer + ";5;" + palette256(r, g, b) + "m";
            case ASCII -> "";
        };
    }

    /** The ramp character for a brightness in {@code 0..1}. */
    static char rampChar(double brightness) {
        int i = (int) Math.round(Pixels.clamp(brightness) * (RAMP.length() - 1));
        return RAMP.charAt(i);
    }

    /**
     * The xterm 256-colour index nearest to an RGB colour: a grey from the 24-step ramp (232–255)
     * when the colour is grey, otherwise a cell of the 6×6×6 cube (16–231).
     */
    static int palette256(int r, int g, int b) {
        if (r == g && g == b) {
            if (r < 4) {
                return 16;
            } else if (r > 246) {
                return 231;
            }
            return 232 + (int) Math.round((r - 8) / 238.0 * 23);
        }
        return 16 + 36 * cube(r) + 6 * cube(g) + cube(b);
    }

    /** The nearest of the cube's levels 0, 95, 135, 175, 215, 255. */
    private static int cube(int v) {
        return v < 48 ? 0 : v < 115 ? 1 : (v - 35) / 40;
    }
}
