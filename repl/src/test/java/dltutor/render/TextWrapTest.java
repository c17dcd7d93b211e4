package dltutor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextWrapTest {

    @Test
    void wrapsAtWordBoundaries() {
        assertEquals(
                List.of("the quick brown", "fox jumps over", "the lazy dog"),
                TextWrap.wrap("the quick brown fox jumps over the lazy dog", 15));
    }

    @Test
    void hangingIndentUsesBothPrefixes() {
        assertEquals(
                List.of("1. one two", "   three four", "   five"),
                TextWrap.wrap("one two three four five", 13, "1. ", "   "));
    }

    @Test
    void collapsesSpacesAndKeepsHardBreaks() {
        assertEquals(List.of("a b", "c"), TextWrap.wrap("  a   b\nc ", 40));
        assertEquals(List.of("> "), TextWrap.wrap("", 10, "> ", ".."));
    }

    @Test
    void breaksOnlyWordsLongerThanTheLine() {
        assertEquals(List.of("ab", "abcdef", "ghijk"), TextWrap.wrap("ab abcdefghijk", 6));
    }

    @Test
    void escapeCodesTakeNoWidthAndDoNotCrossLineEnds() {
        Ansi ansi = Ansi.of(true);
        String text = "plain " + ansi.bold("very bold words") + " end";
        List<String> lines = TextWrap.wrap(text, 10, "", "| ");
        assertEquals("plain " + "\u001B[1mvery" + Ansi.RESET, lines.get(0));
        assertEquals("| \u001B[1mbold" + Ansi.RESET, lines.get(1));
        assertEquals("| \u001B[1mwords\u001B[22m", lines.get(2));
        assertEquals("| end", lines.get(3));
        assertEquals(
                "plain very bold words end",
                String.join(" ", lines).replace("| ", "").transform(Ansi::strip));
    }

    @Test
    void linesNeverExceedWidthForRandomText() {
        Random random = new Random(42);
        Ansi ansi = Ansi.of(true);
        for (int trial = 0; trial < 500; trial++) {
            int width = 3 + random.nextInt(30);
            List<String> words = new ArrayList<>();
            int count = random.nextInt(25);
            for (int w = 0; w < count; w++) {
                String word = "x".repeat(1 + random.nextInt(12));
                words.add(random.nextInt(4) == 0 ? ansi.green(word) : word);
            }
            String text = String.join(" ".repeat(1 + random.nextInt(3)), words);
            List<String> lines = TextWrap.wrap(text, width, "- ", "  ");
            for (String line : lines) {
                assertTrue(
                        Ansi.visibleLength(line) <= width,
                        () -> "width " + width + " exceeded by '" + line + "'");
            }
            String rejoined = Ansi.strip(String.join("", lines)).replaceAll("[- ]", "");
            assertEquals(Ansi.strip(text).replace(" ", ""), rejoined, "no text lost or added");
        }
    }
}
