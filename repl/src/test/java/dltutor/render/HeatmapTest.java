package dltutor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeatmapTest {

    private static final double[][] V = {{0, 1, 2}, {3, 4, 5}};

    @Test
    void goldenAsciiWithRampAndScale() {
        String expected =
                """
                t
                    x y z
                 a   ::==
                bb ++##@@
                   0 [ .:-=+*#%@] 5
                """;
        assertEquals(
                expected,
                Heatmap.builder(V)
                        .rowLabels(List.of("a", "bb"))
                        .columnLabels(List.of("x", "y", "z"))
                        .title("t")
                        .build()
                        .render());
    }

    @Test
    void goldenAnnotatedAsciiIsATableOfNumbers() {
        String expected =
                """
                    x y z
                 a  0 1 2
                bb  3 4 5
                """;
        assertEquals(
                expected,
                Heatmap.builder(V)
                        .rowLabels(List.of("a", "bb"))
                        .columnLabels(List.of("x", "y", "z"))
                        .annotate(true)
                        .build()
                        .render());
    }

    @Test
    void longColumnLabelsAreWrittenTopToBottom() {
        String expected =
                """
                       s c b
                       h o a
                       i a g
                       r t
                       t
                shirt   ::==
                 coat ++##@@
                      0 [ .:-=+*#%@] 5
                """;
        assertEquals(
                expected,
                Heatmap.builder(V)
                        .rowLabels(List.of("shirt", "coat"))
                        .columnLabels(List.of("shirt", "coat", "bag"))
                        .build()
                        .render());
    }

    @Test
    void colourCellsUseTheColormapAndResetAtEachLineEnd() {
        String text = Heatmap.builder(V).colorMode(ColorMode.TRUE_COLOR).build().render();
        String[] lines = text.split("\n");
        assertTrue(
                lines[0].startsWith("\u001B[38;2;68;1;84m██"),
                "viridis starts dark purple: " + lines[0]);
        assertTrue(lines[1].endsWith("\u001B[38;2;253;231;37m██\u001B[0m"), "and ends yellow");
        assertEquals("██████", Ansi.strip(lines[0]));
        String annotated =
                Heatmap.builder(new double[][] {{0.5, Double.NaN}})
                        .annotate(true)
                        .colorMode(ColorMode.TRUE_COLOR)
                        .range(0, 1)
                        .build()
                        .render();
        assertEquals(" 0.50     ", Ansi.strip(annotated.split("\n")[0]), "NaN stays blank");
        assertEquals(0xFFFFFF, Colormap.contrasting(Colormap.VIRIDIS.rgb(0)));
        assertEquals(0x000000, Colormap.contrasting(Colormap.VIRIDIS.rgb(1)));
    }

    @Test
    void raggedRowsAreRejected() {
        assertThrows(
                IllegalArgumentException.class,
                () -> Heatmap.builder(new double[][] {{1, 2}, {3}}));
    }
}
