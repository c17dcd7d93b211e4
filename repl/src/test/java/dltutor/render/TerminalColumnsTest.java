package dltutor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Widths in terminal columns, and the tables and charts that depend on them. */
class TerminalColumnsTest {
    static final String P_HAT = "p\u0302"; // p and a combining circumflex: one column

    @Test
    void combiningMarksTakeNoColumnAndWideCharactersTwo() {
        assertEquals(1, TerminalColumns.of(P_HAT));
        assertEquals(1, Ansi.visibleLength("\u001B[1m" + P_HAT + "\u001B[22m"));
        assertEquals(4, TerminalColumns.of("\u6F22\u5B57")); // two CJK ideographs
        assertEquals(2, TerminalColumns.of("\uD83D\uDE80")); // an emoji (U+1F680)
        assertEquals(0, TerminalColumns.of("\u200B")); // zero-width space
        assertEquals(5, TerminalColumns.of("σ(x)²"));
        assertEquals("ab" + P_HAT, TerminalColumns.cut("ab" + P_HAT + "cd", 3));
        assertEquals("a", TerminalColumns.cut("a\u6F22", 2));
    }

    @Test
    void aTableRowWithACombiningMarkAligns() {
        String out =
                Table.of(List.of("estimate", "value")).row(P_HAT, 0.5).row("p", 0.25).render(true);
        assertSeparatorsAlign(out);
        assertSeparatorsAlign(
                MarkdownRenderer.render(
                        "| est | value |\n|---|---|\n| " + P_HAT + " | 0.5 |\n" + "| p | 0.25 |\n",
                        60,
                        Ansi.of(false),
                        true));
    }

    /** Every line's column separator ({@code │} or {@code ┼}) is in the same terminal column. */
    private static void assertSeparatorsAlign(String table) {
        List<Integer> columns =
                table.lines()
                        .map(Ansi::strip)
                        .map(
                                l ->
                                        TerminalColumns.of(
                                                l.substring(
                                                        0,
                                                        Math.max(l.indexOf('│'), l.indexOf('┼')))))
                        .distinct()
                        .toList();
        assertEquals(1, columns.size(), "misaligned:\n" + table);
        assertTrue(table.contains(P_HAT), table);
    }

    @Test
    void wrappingCountsColumns() {
        for (String line : TextWrap.wrap(("\u6F22\u5B57\u6F22 " + P_HAT + "q ").repeat(10), 9)) {
            assertTrue(Ansi.visibleLength(line) <= 9, line);
        }
    }

    @Test
    void aChartWithALimitFitsItAtSixtyColumns() {
        double[] ys = new double[200];
        for (int i = 0; i < ys.length; i++) {
            ys[i] = Math.exp(-i / 40.0) + 0.00947 * i;
        }
        String out =
                Chart.builder()
                        .title(
                                "a long title that goes on and on about the loss of a model "
                                        + "trained for a while")
                        .width(70)
                        .maxColumns(60)
                        .line(Series.of("measured " + P_HAT, ys))
                        .line(Series.of("0.851/√n", ys))
                        .build()
                        .render();
        for (String line : out.split("\n")) {
            assertTrue(Ansi.visibleLength(line) <= 60, "longer than 60 columns: " + line);
        }
        assertTrue(out.contains("measured " + P_HAT), out);
        String wide = Chart.builder().width(70).line(Series.of("y", ys)).build().render();
        assertTrue(
                wide.lines().anyMatch(l -> Ansi.visibleLength(l) > 60),
                "without a limit the chart is wider");
    }
}
