package dltutor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChartTest {

    private static final double[] UP = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    private static final double[] DOWN = {9, 7, 6, 4, Double.NaN, 3, 2, 2, 1, 0.5};

    private static Chart.Builder demo(boolean unicode) {
        return Chart.builder()
                .title("Demo")
                .width(20)
                .height(5)
                .unicode(unicode)
                .xLabel("step")
                .yLabel("loss")
                .line(Series.of("up", UP))
                .scatter(Series.of("down", DOWN));
    }

    @Test
    void goldenAsciiTwoSeries() {
        String expected =
                """
                          Demo
                loss
                  9 +o               ****
                    |  o o       ****
                4.5 +      o*****
                    |   ****    o o o
                  0 +***              o o
                    +--------------------
                     0       4.5        9
                             step
                * up  o down
                """;
        assertEquals(expected, demo(false).build().render());
    }

    @Test
    void brailleModeUsesOnlyBrailleInThePlotArea() {
        String[] lines = demo(true).build().render().split("\n");
        int plotRows = 0;
        for (String line : lines) {
            int axis = Math.max(line.indexOf('┤'), line.indexOf('│'));
            if (axis < 0) {
                continue;
            }
            plotRows++;
            String cells = line.substring(axis + 1);
            assertTrue(cells.chars().allMatch(c -> c == ' ' || (c >= 0x2800 && c <= 0x28FF)), line);
        }
        assertEquals(5, plotRows);
        assertTrue(lines[lines.length - 1].startsWith("■ up  ■ down"));
    }

    @Test
    void brailleDotsFollowTheLine() {
        String out =
                Chart.builder()
                        .width(10)
                        .height(3)
                        .yRange(0, 1)
                        .line(new Series("", new double[] {0, 1}, new double[] {0, 0}))
                        .build()
                        .render();
        // a flat line at the minimum fills the lowest dot row of the bottom cells: ⣀
        assertTrue(out.contains("┤⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀"), out);
    }

    @Test
    void disabledAnsiHasNoEscapeButEnabledColoursEachSeries() {
        assertFalse(demo(true).build().render().contains("\u001B"));
        String coloured = demo(true).ansi(Ansi.of(true)).build().render();
        assertTrue(coloured.contains("\u001B[34m"), "first series blue");
        assertTrue(coloured.contains("\u001B[31m"), "second series red");
        assertTrue(coloured.contains("\u001B[1mDemo\u001B[22m"), "bold title");
        assertEquals(Ansi.strip(coloured), demo(true).build().render());
    }

    @Test
    void lastSeriesDrawnWinsASharedCell() {
        Chart.Builder chart =
                Chart.builder()
                        .width(10)
                        .height(3)
                        .scatter(Series.of("first", new double[] {1, 2}))
                        .scatter(Series.of("second", new double[] {1, 2}));
        String ascii = chart.unicode(false).build().render();
        assertTrue(ascii.startsWith("  2 +         o\n"), ascii);
        String coloured = chart.unicode(true).ansi(Ansi.of(true)).build().render();
        assertTrue(
                coloured.contains("\u001B[31m\u2808\u001B[39m"), "red second series: " + coloured);
        assertFalse(
                coloured.lines().limit(3).anyMatch(l -> l.contains("\u001B[34m")), "no blue cell");
    }

    @Test
    void nanAndInfinityAreSkipped() {
        double[] ys = {1, Double.NaN, 3, Double.POSITIVE_INFINITY, 2};
        String withGaps =
                Chart.builder()
                        .width(10)
                        .height(3)
                        .unicode(false)
                        .scatter(Series.of("s", ys))
                        .build()
                        .render();
        assertFalse(withGaps.contains("NaN") || withGaps.contains("Inf"), withGaps);
        assertTrue(withGaps.startsWith("3 +"), "y range from the finite values only: " + withGaps);
        assertEquals(
                3, withGaps.chars().filter(c -> c == '*').count() - 1, "three points + legend");
    }

    @Test
    void logXShowsRealValues() {
        double[] xs = {100, 300, 1000, 3000, 10000};
        String out =
                Chart.builder()
                        .width(30)
                        .height(4)
                        .logX(true)
                        .unicode(false)
                        .line(new Series("acc", xs, new double[] {1, 2, 3, 4, 5}))
                        .build()
                        .render();
        String ticks = out.lines().filter(l -> l.contains("10k")).findFirst().orElseThrow();
        assertEquals(List.of("100", "1k", "10k"), List.of(ticks.trim().split(" +")));
    }

    @Test
    void logXDropsNonPositiveX() {
        String out =
                Chart.builder()
                        .logX(true)
                        .unicode(false)
                        .scatter(new Series("", new double[] {0, -1}, new double[] {1, 2}))
                        .build()
                        .render();
        assertEquals("(no data)\n", out);
    }

    @Test
    void constantDataDoesNotDivideByZero() {
        String out =
                Chart.builder()
                        .width(10)
                        .height(3)
                        .unicode(false)
                        .line(Series.of("flat", new double[] {2, 2, 2}))
                        .build()
                        .render();
        assertTrue(out.contains("2.2 +"), out);
        assertTrue(out.contains("  2 +**********"), out);
        assertTrue(out.contains("1.8 +"), out);
    }

    @Test
    void emptyChartIsOneLine() {
        assertEquals("(no data)\n", Chart.builder().build().render());
        assertEquals(
                "Loss: (no data)\n",
                Chart.builder()
                        .title("Loss")
                        .line(Series.of("l", new double[] {Double.NaN}))
                        .build()
                        .render());
    }

    @Test
    void yRangeClipsLinesToThePlot() {
        String out =
                Chart.builder()
                        .width(10)
                        .height(3)
                        .unicode(false)
                        .yRange(0, 1)
                        .line(Series.of("", new double[] {0, 1e300, 0}))
                        .build()
                        .render();
        String expected =
                """
                  1 +*        *
                0.5 +*        *
                  0 +*        *
                    +----------
                     0   1    2
                """;
        assertEquals(expected, out, "steep clipped segments; no legend for an unnamed series");
    }

    @Test
    void seriesValidatesAndCopies() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new Series("bad", new double[] {1, 2}, new double[] {1}));
        double[] ys = {1, 2};
        Series s = Series.of("s", ys);
        ys[0] = 99;
        assertEquals(1, s.ys()[0]);
        assertEquals(Series.of("s", new double[] {1, 2}), s);
        assertNotEquals(Series.of("t", new double[] {1, 2}), s);
        assertThrows(IllegalArgumentException.class, () -> Chart.builder().height(2));
    }
}
