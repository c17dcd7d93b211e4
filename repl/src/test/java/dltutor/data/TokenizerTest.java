package dltutor.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    static final String TEXT =
            "The Congress assembles; the Union is strong. The President's message, 1861!";

    @Test
    void charsRoundTripAndSpecialsComeFirst() {
        CharTokenizer tok = CharTokenizer.fit(TEXT, "<pad>", "<s>");
        assertEquals(0, tok.id("<pad>"));
        assertEquals(1, tok.id("<s>"));
        assertEquals(TEXT, tok.decode(tok.encode(TEXT)));
        int[] withSpecials = {tok.id("<s>"), tok.id("T"), tok.id("h"), tok.id("<pad>")};
        assertEquals("Th", tok.decode(withSpecials));
        assertThrows(IllegalArgumentException.class, () -> tok.encode("§"));
    }

    @Test
    void charIdsFollowCodePointOrder() {
        CharTokenizer tok = CharTokenizer.ofAlphabet("cabca");
        assertArrayEquals(new int[] {0, 1, 2}, tok.encode("abc"));
        assertEquals(3, tok.size());
    }

    @Test
    void wordsAreLowerCasedWithPunctuationApart() {
        assertEquals(
                List.of("the", "president's", "message", ",", "1861", "!"),
                WordTokenizer.tokenize("The President's message, 1861!"));
    }

    @Test
    void wordsRoundTripUpToSpacing() {
        WordTokenizer tok = WordTokenizer.fit(TEXT, 1);
        String decoded = tok.decode(tok.encode(TEXT));
        assertEquals(
                "the congress assembles; the union is strong. the president's message, 1861!",
                decoded);
        assertEquals(WordTokenizer.tokenize(TEXT), WordTokenizer.tokenize(decoded));
    }

    @Test
    void rareWordsBecomeUnk() {
        WordTokenizer tok = WordTokenizer.fit(TEXT, 2, "<pad>");
        assertEquals(0, tok.id(WordTokenizer.UNK));
        assertEquals(1, tok.id("<pad>"));
        assertEquals(2, tok.id("the")); // the most frequent word
        assertEquals("the <unk> <unk>", tok.decode(tok.encode("The Senate agrees")));
    }

    @Test
    void vocabularyOrderIsFrequencyThenAlphabet() {
        Vocabulary v =
                Vocabulary.fromCounts(List.of("<pad>"), Map.of("b", 2, "a", 2, "c", 5, "d", 1), 2);
        assertEquals(List.of("<pad>", "c", "a", "b"), v.tokens());
        assertEquals(-1, v.indexOf("d"));
        assertThrows(IllegalArgumentException.class, () -> v.id("d"));
    }

    @Test
    void passagesKeepSentencesWholeAndAbbreviationsInside() {
        String text =
                "Mr. Lincoln spoke. The U.S. Army marched on. John Q. Adams wrote! Is it so? Yes.";
        assertEquals(
                List.of(
                        "Mr. Lincoln spoke.",
                        "The U.S. Army marched on.",
                        "John Q. Adams wrote!",
                        "Is it so?",
                        "Yes."),
                Passages.sentences(text));
        assertEquals(
                List.of(
                        "Mr. Lincoln spoke. The U.S. Army marched on.",
                        "John Q. Adams wrote! Is it so? Yes."),
                Passages.of(text, 8));
    }
}
