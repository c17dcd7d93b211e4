package dltutor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JavaHighlighterTest {

    private static final Ansi ANSI = Ansi.of(true);

    @Test
    void disabledAnsiLeavesCodeAlone() {
        String code = "public class A { }";
        assertEquals(code, JavaHighlighter.highlight(code, Ansi.of(false)));
    }

    @Test
    void colorsEachTokenKind() {
        String out = JavaHighlighter.highlight("var s = \"a\\\"b\"; // note", ANSI);
        assertEquals(
                ANSI.bold(ANSI.magenta("var"))
                        + " s = "
                        + ANSI.green("\"a\\\"b\"")
                        + "; "
                        + ANSI.dim("// note"),
                out);
    }

    @Test
    void numbersCharsAndIdentifiers() {
        String out = JavaHighlighter.highlight("x1 = 1.5e-3f + 0x1F + 'q' + '\\n';", ANSI);
        assertEquals(
                "x1 = "
                        + ANSI.cyan("1.5e-3f")
                        + " + "
                        + ANSI.cyan("0x1F")
                        + " + "
                        + ANSI.green("'q'")
                        + " + "
                        + ANSI.green("'\\n'")
                        + ";",
                out);
    }

    @Test
    void blockCommentIsStyledPerLine() {
        String out = JavaHighlighter.highlight("/* one\ntwo */ int", ANSI);
        assertEquals(
                ANSI.dim("/* one")
                        + "\n"
                        + ANSI.dim("two */")
                        + " "
                        + ANSI.bold(ANSI.magenta("int")),
                out);
    }

    @Test
    void keywordsInsideIdentifiersAreNotHighlighted() {
        String out = JavaHighlighter.highlight("interface_ newer classic", ANSI);
        assertEquals("interface_ newer classic", out);
    }

    @Test
    void strippingTheColoursGivesTheInputBack() {
        String code =
                """
                import java.util.List;
                /** Doc. */
                record P(double x) {
                    static final long N = 1_000L; String s = "unterminated
                    char c = '\\''; if (x > .5 && true) { return; } /* open comment
                """;
        String out = JavaHighlighter.highlight(code, ANSI);
        assertEquals(code, Ansi.strip(out));
        for (String line : out.split("\n")) {
            assertEquals(
                    line.chars().filter(c -> c == 27).count() % 2, 0, "balanced codes: " + line);
        }
        assertTrue(out.contains(ANSI.bold(ANSI.magenta("record"))));
    }
}
