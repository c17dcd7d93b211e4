package dltutor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {

    private static Table sample() {
        return Table.of(List.of("epoch", "loss", "note"))
                .row(1, 0.693147181, "start")
                .row(10, 0.05)
                .row(100, 1.23e-7, null);
    }

    @Test
    void goldenUnicode() {
        String expected =
                """
                 epoch │     loss │ note
                ───────┼──────────┼───────
                     1 │ 0.693147 │ start
                    10 │     0.05 │
                   100 │ 1.23e-07 │
                """;
        assertEquals(expected, sample().render(true));
    }

    @Test
    void goldenAscii() {
        String expected =
                """
                 epoch |     loss | note
                -------+----------+-------
                     1 | 0.693147 | start
                    10 |     0.05 |
                   100 | 1.23e-07 |
                """;
        assertEquals(expected, sample().render(false));
    }

    @Test
    void widthsIgnoreAnsiCodesAndMixedColumnsAlignPerCell() {
        String red = Ansi.of(true).red("ab");
        String out = Table.of(List.of("k", "v")).row(red, 5).row("abcd", "x").render(false);
        assertEquals(" k    | v\n------+---\n " + red + "   | 5\n abcd | x\n", out);
    }

    @Test
    void rejectsTooManyCells() {
        assertThrows(IllegalArgumentException.class, () -> Table.of(List.of("a")).row(1, 2));
    }
}
