package dltutor.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws a {@link Pixels} image in the terminal with the upper-half block {@code ▀}: its foreground
 * colour is the top pixel and its background colour the pixel below, so one text row shows two
 * pixel rows and a 28×28 digit takes 28 columns × 14 rows.
 *
 * <p>Terminal image viewers (catimg, timg, chafa) made this trick common; it doubles the vertical
 * resolution of one-character-per-pixel drawings and keeps pixels square, since a terminal cell is
 * about twice as tall as it is wide. Use it for small images (digits, 32×32 photos, filters);
 * larger ones are better saved as PNG.
 *
 * <p>In {@link ColorMode#ASCII} mode each character covers the same 1×2 pixels and shows their mean
 * brightness {@code (Y_top + Y_bottom)/2} with the ramp {@code " .:-=+*#%@"}; no escape codes are
 * written. In colour modes each line ends with a reset ({@code ESC[0m}) so no colour leaks into
 * what follows. Output: {@code ⌈H/2⌉} lines of W columns.
 */
public final class HalfBlocks {

    /** The upper-half block character. */
    static final char UPPER_HALF = '\u2580';

    private HalfBlocks() {}

    /**
     * The picture as {@code ceil(height / 2)} lines, each {@code width} columns wide, without
     * newlines.
     */
    public static List<String> lines(Pixels image, ColorMode mode) {
        List<String> out = new ArrayList<>();
        for (int row = 0; row < image.height(); row += 2) {
            out.add(mode == ColorMode.ASCII ? asciiRow(image, row) : colourRow(image, row, mode));
        }
        return out;
    }

    /** The picture as text, each line ending with a newline. */
    public static String render(Pixels image, ColorMode mode) {
        StringBuilder sb = new StringBuilder();
        for (String line : lines(image, mode)) {
            sb.append(line).append('\n');
        }
        return sb.toString();
    }

    private static String asciiRow(Pixels image, int row) {
        StringBuilder sb = new StringBuilder(image.width());
        boolean pair = row + 1 < image.height();
        for (int col = 0; col < image.width(); col++) {
            double v = image.luminance(row, col);
            if (pair) {
                v = (v + image.luminance(row + 1, col)) / 2;
            }
            sb.append(ColorMode.rampChar(v));
        }
        return sb.toString();
    }

    /** One text row; colour codes are written only when the colour changes from the cell before. */
    private static String colourRow(Pixels image, int row, ColorMode mode) {
        StringBuilder sb = new StringBuilder(image.width() * 24);
        boolean pair = row + 1 < image.height();
        int fg = -1;
        int bg = -1;
        for (int col = 0; col < image.width(); col++) {
            int top = image.rgb(row, col);
            if (top != fg) {
                sb.append(mode.foreground(top));
                fg = top;
            }
            if (pair) {
                int bottom = image.rgb(row + 1, col);
                if (bottom != bg) {
                    sb.append(mode.background(bottom));
                    bg = bottom;
                }
            }
            sb.append(UPPER_HALF);
        }
        return sb.append(Ansi.RESET).toString();
    }
}
