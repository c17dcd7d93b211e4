package dltutor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private static final Ansi PLAIN = Ansi.of(false);
    private static final Ansi COLOUR = Ansi.of(true);

    private static final String LESSON =
            """
            ---
            title: front matter is skipped
            ---
            # Perceptron

            Rosenblatt's perceptron updates its weights with `w += lr * (y - p) * x` \
            whenever it misclassifies an example.

            * converges on separable data
            * fails on XOR, which needs a hidden layer and therefore a learning rule

            ```java
            double p = w * x > 0 ? 1 : 0;   // a line that is longer than forty columns
            ```
            """;

    @Test
    void goldenPlainAscii() {
        String expected =
                """
                Perceptron
                ==========

                Rosenblatt's perceptron updates its
                weights with `w += lr * (y - p) * x`
                whenever it misclassifies an example.

                - converges on separable data
                - fails on XOR, which needs a hidden
                  layer and therefore a learning rule

                    double p = w * x > 0 ? 1 : 0;   // a line that is longer than forty columns
                """;
        assertEquals(expected, MarkdownRenderer.render(LESSON, 40, PLAIN, false));
    }

    @Test
    void goldenUnicodeStructures() {
        String markdown =
                """
                ## Steps

                1. forward
                2. backward
                   - nested bullet

                > quoted text

                ---

                See [the paper](https://example.org/p), <https://example.org> and \
                ![a figure](img/f.png).<span>dropped</span>
                <div>
                html block
                </div>
                """;
        String expected =
                """
                Steps
                -----

                1. forward
                2. backward
                   • nested bullet

                │ quoted text

                ────────────────────────────────────────

                See the paper <https://example.org/p>,
                https://example.org and [image: a figure
                — img/f.png].dropped
                """;
        assertEquals(expected, MarkdownRenderer.render(markdown, 10, PLAIN));
    }

    @Test
    void nestedListsIndentByTwoAndNumbersAlign() {
        String markdown = "- a\n  - b\n    - c\n\n9. nine\n10. ten\n";
        assertEquals(
                "• a\n  • b\n    • c\n\n 9. nine\n10. ten\n",
                MarkdownRenderer.render(markdown, 40, PLAIN));
    }

    @Test
    void looseListItemsAreSeparatedByBlankLines() {
        assertEquals("- a\n\n- b\n", MarkdownRenderer.render("- a\n\n- b\n", 40, PLAIN, false));
    }

    @Test
    void headingStylesWithColour() {
        String out = MarkdownRenderer.render("# One\n\n## Two\n\n### Three\n", 60, COLOUR);
        assertTrue(out.startsWith("\u001B[1m\u001B[4m\u001B[36mOne"), out);
        assertTrue(out.contains("\u001B[1m\u001B[36mTwo"), out);
        assertTrue(out.contains("\u001B[1mThree\u001B[22m"), out);
        assertFalse(out.contains("==="), "no ASCII underline when styled");
    }

    @Test
    void inlineStylesWithColour() {
        String out = MarkdownRenderer.render("*it* **bold** `code`", 60, COLOUR);
        assertEquals(
                "\u001B[3mit\u001B[23m \u001B[1mbold\u001B[22m \u001B[33mcode\u001B[39m\n", out);
    }

    @Test
    void codeBlocksAreHighlightedOnlyWhenColourIsOn() {
        String markdown = "```java\nint n = 1; // one\n```\n";
        assertEquals("    int n = 1; // one\n", MarkdownRenderer.render(markdown, 60, PLAIN));
        String coloured = MarkdownRenderer.render(markdown, 60, COLOUR);
        assertTrue(coloured.contains("\u001B[35mint"), coloured);
        assertEquals("    int n = 1; // one\n", Ansi.strip(coloured));
    }

    @Test
    void plainOutputHasNoEscapeCharacter() {
        assertFalse(MarkdownRenderer.render(LESSON, 60, PLAIN).contains("\u001B"));
        assertTrue(MarkdownRenderer.render(LESSON, 60, COLOUR).contains("\u001B"));
    }

    @Test
    void formulasAndHardBreaksAreKept() {
        String out = MarkdownRenderer.render("∂L/∂w = σ'(z)·x  \nnext line\nsoft", 80, PLAIN);
        assertEquals("∂L/∂w = σ'(z)·x\nnext line soft\n", out);
    }

    @Test
    void widthIsClampedAndLinesFit() {
        String words = "lorem ipsum dolor sit amet ".repeat(40);
        for (int requested : new int[] {1, 40, 72, 500}) {
            int width = Math.max(40, Math.min(100, requested));
            for (String line : MarkdownRenderer.render(words, requested, COLOUR).split("\n")) {
                assertTrue(Ansi.visibleLength(line) <= width, line);
            }
        }
        String wide = MarkdownRenderer.render(words, 500, PLAIN);
        int longest = wide.lines().mapToInt(String::length).max().orElse(0);
        assertTrue(longest > 90 && longest <= 100, "uses the clamped width: " + longest);
    }

    @Test
    void outputEndsWithOneNewlineAndNoDoubleBlankLines() {
        String out = MarkdownRenderer.render("\n\n# A\n\n\n<!-- c -->\n\n\ntext\n\n\n", 50, PLAIN);
        assertEquals("A\n=\n\ntext\n", out);
        assertEquals("\n", MarkdownRenderer.render("", 50, PLAIN));
    }

    @Test
    void quoteLinesAreDimmedWithBar() {
        String out = MarkdownRenderer.render("> a\n>\n> b", 50, COLOUR);
        assertEquals("\u001B[2m│ a\u001B[22m\n\u001B[2m│\u001B[22m\n\u001B[2m│ b\u001B[22m\n", out);
    }
}
