package dltutor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownTableTest {

    @Test
    void aSmallTableKeepsItsNaturalWidths() {
        String out =
                MarkdownRenderer.render(
                        "| a | bb |\n|---|---|\n| 1 | 22 |\n", 60, Ansi.of(false), false);
        assertEquals("a | bb\n--+---\n1 | 22\n", out);
    }

    @Test
    void aWideTableWrapsItsWidestColumnToFit() {
        String md = "| # | text |\n|---|---|\n| 1 | " + "word ".repeat(30).strip() + " |\n";
        String out = MarkdownRenderer.render(md, 40, Ansi.of(false), true);
        for (String line : out.split("\n")) {
            assertTrue(Ansi.visibleLength(line) <= 40, line);
        }
        assertTrue(out.lines().count() > 4, out);
    }

    @Test
    void linksToPaperNotesPointAtThePaperCommand() {
        String out =
                MarkdownRenderer.render(
                        "See [Rumelhart 1986](../../papers/1986-rumelhart-backprop.md).",
                        60,
                        Ansi.of(false),
                        true);
        assertEquals("See Rumelhart 1986 (/paper 1986-rumelhart-backprop).\n", out);
    }
}
