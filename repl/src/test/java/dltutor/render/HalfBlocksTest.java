package dltutor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HalfBlocksTest {

    /** 3 rows × 4 columns: a ramp up, a ramp down, a grey row. */
    static final Pixels TINY =
            Pixels.grey(
                    3,
                    4,
                    new float[] {
                        0f, 0.25f, 0.5f, 1f,
                        1f, 0.5f, 0.25f, 0f,
                        0.5f, 0.5f, 0.5f, 0.5f,
                    });

    @Test
    void asciiAveragesEachPairOfRowsOnTheRamp() {
        // (0+1)/2 = 0.5 → '+', (0.25+0.5)/2 = 0.375 → '-'; the odd last row stands alone
        assertEquals("+--+\n++++\n", HalfBlocks.render(TINY, ColorMode.ASCII));
    }

    @Test
    void trueColourPutsTheTopPixelInTheForegroundAndTheBottomOneInTheBackground() {
        String esc = "\u001B[";
        String expected =
                esc
                        + "38;2;0;0;0m"
                        + esc
                        + "48;2;255;255;255m▀"
                        + esc
                        + "38;2;64;64;64m"
                        + esc
                        + "48;2;128;128;128m▀"
                        + esc
                        + "38;2;128;128;128m"
                        + esc
                        + "48;2;64;64;64m▀"
                        + esc
                        + "38;2;255;255;255m"
                        + esc
                        + "48;2;0;0;0m▀"
                        + esc
                        + "0m\n"
                        + esc
                        + "38;2;128;128;128m▀▀▀▀"
                        + esc
                        + "0m\n";
        assertEquals(expected, HalfBlocks.render(TINY, ColorMode.TRUE_COLOR));
    }

    @Test
    void palette256UsesTheGreyRampAndTheColourCube() {
        assertEquals(16, ColorMode.palette256(0, 0, 0));
        assertEquals(231, ColorMode.palette256(255, 255, 255));
        assertEquals(244, ColorMode.palette256(128, 128, 128));
        assertEquals(196, ColorMode.palette256(255, 0, 0));
        assertEquals(21, ColorMode.palette256(0, 0, 255));
        String line = HalfBlocks.lines(TINY, ColorMode.PALETTE_256).get(0);
        assertEquals("\u001B[38;5;16m\u001B[48;5;231m▀", line.substring(0, 22));
    }

    @Test
    void rgbImagesAndClamping() {
        Pixels rgb = new Pixels(1, 2, 3, new float[] {1, 0, 0, 0, 2f, -1f});
        assertEquals(0xFF0000, rgb.rgb(0, 0));
        assertEquals(0x00FF00, rgb.rgb(0, 1), "values are clamped to 0..1");
        assertEquals(
                "\u001B[38;2;255;0;0m▀\u001B[38;2;0;255;0m▀\u001B[0m\n",
                HalfBlocks.render(rgb, ColorMode.TRUE_COLOR));
        assertEquals(
                "-+\n", HalfBlocks.render(rgb, ColorMode.ASCII), "luma 0.299 → '-', 0.587 → '+'");
        assertThrows(IllegalArgumentException.class, () -> new Pixels(2, 2, 2, new float[8]));
        assertThrows(IllegalArgumentException.class, () -> Pixels.grey(2, 2, new float[3]));
    }

    @Test
    void downscaleAveragesBlocks() {
        Pixels p = Pixels.grey(2, 4, new float[] {0, 1, 1, 1, 1, 0, 1, 1});
        Pixels half = p.downscale(2);
        assertEquals(1, half.height());
        assertEquals(2, half.width());
        assertEquals(0.5f, half.data()[0]);
        assertEquals(1f, half.data()[1]);
    }
}
