package dltutor.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SequenceTasksTest {
    @Test
    void copyAndReverseAreRightAndSeeded() {
        SequencePairs copy = SequenceTasks.copy(100, 3, 9, 1);
        SequencePairs reverse = SequenceTasks.reverse(100, 3, 9, 1);
        assertEquals(copy.sources(), reverse.sources());
        assertEquals(copy.sources(), SequenceTasks.copy(100, 3, 9, 1).sources());
        assertNotEquals(copy.sources(), SequenceTasks.copy(100, 3, 9, 2).sources());
        for (int i = 0; i < 100; i++) {
            String s = copy.sources().get(i);
            assertTrue(s.length() >= 3 && s.length() <= 9 && s.matches("[a-j]+"), s);
            assertEquals(s, copy.targets().get(i));
            assertEquals(new StringBuilder(s).reverse().toString(), reverse.targets().get(i));
        }
        assertEquals(13, copy.tokenizer().size());
    }

    @Test
    void sumsAreRight() {
        SequencePairs add = SequenceTasks.addition(500, 4, 3);
        int longest = 0;
        for (int i = 0; i < add.size(); i++) {
            String[] ab = add.sources().get(i).split("\\+");
            assertEquals(
                    Long.parseLong(ab[0]) + Long.parseLong(ab[1]),
                    Long.parseLong(add.targets().get(i)));
            assertTrue(!ab[0].startsWith("0") || ab[0].equals("0"), ab[0]);
            longest = Math.max(longest, ab[0].length());
        }
        assertEquals(4, longest);
    }

    @Test
    void datesTranslateToIso() {
        assertEquals("24 November 2026", SequenceTasks.humanDate(LocalDate.of(2026, 11, 24), 0));
        assertEquals("Nov 24, 2026", SequenceTasks.humanDate(LocalDate.of(2026, 11, 24), 3));
        assertEquals("24/11/2026", SequenceTasks.humanDate(LocalDate.of(2026, 11, 24), 4));
        assertEquals(
                "Tuesday, 24 November 2026",
                SequenceTasks.humanDate(LocalDate.of(2026, 11, 24), 5));
        SequencePairs dates = SequenceTasks.dates(300, 5);
        for (int i = 0; i < dates.size(); i++) {
            LocalDate d = LocalDate.parse(dates.targets().get(i));
            assertTrue(
                    dates.sources().get(i).contains(Integer.toString(d.getYear())),
                    dates.sources().get(i));
        }
        assertEquals(dates.tokenizer().size(), SequenceTasks.dates(3, 9).tokenizer().size());
    }

    @Test
    void paddedArraysHaveSpecialsInPlace() {
        SequencePairs rev =
                new SequencePairs(
                        "reverse",
                        List.of("ab", "abcd"),
                        List.of("ba", "dcba"),
                        CharTokenizer.ofAlphabet(
                                SequenceTasks.SYMBOLS,
                                SequencePairs.PAD,
                                SequencePairs.BOS,
                                SequencePairs.EOS));
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray src = rev.sourceArray(m);
            NDArray tgt = rev.targetArray(m);
            assertEquals(new Shape(2, 5), src.getShape());
            assertEquals(new Shape(2, 6), tgt.getShape());
            assertArrayEquals(new int[] {3, 4, 2, 0, 0, 3, 4, 5, 6, 2}, src.toIntArray());
            assertArrayEquals(new int[] {1, 4, 3, 2, 0, 0, 1, 6, 5, 4, 3, 2}, tgt.toIntArray());
        }
        assertArrayEquals(new int[] {3, 5}, rev.sourceLengths());
        assertArrayEquals(new int[] {4, 6}, rev.targetLengths());
        assertEquals("ba", rev.decode(new int[] {1, 4, 3, 2, 5, 5}));
        assertEquals(0.5, rev.exactMatch(List.of("ba", "dcb")));
    }
}
