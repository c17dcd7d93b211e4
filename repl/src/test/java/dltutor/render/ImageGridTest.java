package dltutor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImageGridTest {

    @Test
    void goldenAsciiGridWithLabelsCutToTheImageWidth() {
        Pixels p = HalfBlocksTest.TINY;
        String expected =
                """
                +--+ +--+
                ++++ ++++
                cat  T-sh
                +--+
                ++++
                 x
                """;
        assertEquals(
                expected,
                ImageGrid.render(
                        List.of(p, p, p),
                        List.of("cat", "T-shirt/top", "x"),
                        2,
                        80,
                        ColorMode.ASCII));
    }

    @Test
    void eightDigitsOfTwentyEightPixelsAreHalvedAndWrappedToFitEightyColumns() {
        List<Pixels> digits =
                new ArrayList<>(Collections.nCopies(8, Pixels.grey(28, 28, ones(28 * 28))));
        String text = ImageGrid.render(digits, List.of(), 8, 80, ColorMode.ASCII);
        String[] lines = text.split("\n");
        for (String line : lines) {
            assertTrue(line.length() <= 80, line);
        }
        assertEquals(14, lines.length, "halved to 14 px: two rows of 7 lines (5 digits, then 3)");
    }

    private static float[] ones(int n) {
        float[] v = new float[n];
        java.util.Arrays.fill(v, 1f);
        return v;
    }

    @Test
    void colourCellsArePaddedByVisibleWidth() {
        Pixels p = Pixels.grey(2, 2, new float[] {1, 1, 1, 1});
        String text =
                ImageGrid.render(List.of(p, p), List.of("a", "b"), 2, 80, ColorMode.TRUE_COLOR);
        String[] lines = text.split("\n");
        assertEquals("▀▀ ▀▀", Ansi.strip(lines[0]));
        assertEquals("a  b", lines[1]);
    }
}
