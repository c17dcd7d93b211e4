package dltutor.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SotuTest {
    static Sotu sotu;

    @BeforeAll
    static void load() {
        sotu = Sotu.load();
    }

    @Test
    void twelveAddressesPerEraWithMetadata() {
        assertEquals(48, sotu.size());
        int[] perEra = new int[SotuEras.count()];
        sotu.addresses().forEach(a -> perEra[a.era()]++);
        assertArrayEquals(new int[] {12, 12, 12, 12}, perEra);
        Sotu.Address first = sotu.addresses().get(0);
        assertEquals(1790, first.year());
        assertEquals("George Washington", first.president());
        assertEquals("none", first.party());
        assertTrue(
                first.text().startsWith("Fellow-Citizens of the Senate"),
                first.text().substring(0, 40));
        assertEquals(2021, sotu.addresses().get(47).year());
        assertEquals(12, sotu.between(1900, 1949).size());
    }

    @Test
    void theCorpusTokenizesBothWays() {
        String text = sotu.text();
        assertTrue(text.length() > 2_000_000, "corpus has " + text.length() + " chars");
        CharTokenizer chars = sotu.charTokenizer();
        String sample = text.substring(100_000, 101_000);
        assertEquals(sample, chars.decode(chars.encode(sample)));
        assertTrue(chars.size() < 120, chars.toString());

        WordTokenizer words = sotu.wordTokenizer(3);
        assertEquals(0, words.id("<pad>"));
        assertEquals(1, words.id(WordTokenizer.UNK));
        assertEquals(5, words.id("the"));
        assertTrue(words.size() > 5000 && words.size() < 20000, words.toString());
    }

    @Test
    void theEraTaskSplitsByAddressDeterministically() {
        LabelledTexts train = sotu.eraTask(Split.TRAIN);
        LabelledTexts test = sotu.eraTask(Split.TEST);
        assertEquals(train, sotu.eraTask(Split.TRAIN));
        assertEquals(SotuEras.NAMES, train.classNames());
        for (int c : train.classCounts()) {
            assertTrue(c > 100, train.toString());
        }
        for (int c : test.classCounts()) {
            assertTrue(c > 30, test.toString());
        }
        Set<String> trainTexts = new HashSet<>(train.texts());
        assertTrue(
                test.texts().stream().noneMatch(trainTexts::contains),
                "a passage is in both splits");
        int longest =
                train.texts().stream()
                        .mapToInt(t -> WordTokenizer.tokenize(t).size())
                        .max()
                        .orElse(0);
        assertTrue(
                train.texts().stream().mapToInt(t -> t.split("\\s+").length).average().orElse(0)
                        <= 50);
        assertTrue(longest > 10, "longest passage has " + longest + " tokens");

        LabelledTexts few = train.perClass(8);
        assertArrayEquals(new int[] {8, 8, 8, 8}, few.classCounts());
    }

    @Test
    void thePartyTaskHasBothPartiesInBothSplits() {
        LabelledTexts train = sotu.partyTask(Split.TRAIN);
        LabelledTexts test = sotu.partyTask(Split.TEST);
        assertEquals(2, train.classNames().size());
        assertTrue(train.classCounts()[0] > 100 && train.classCounts()[1] > 100, train.toString());
        assertTrue(test.classCounts()[0] > 30 && test.classCounts()[1] > 30, test.toString());
    }
}
