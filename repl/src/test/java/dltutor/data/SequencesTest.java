package dltutor.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;

class SequencesTest {
    @Test
    void oneHotPutsASingleOneAtEachId() {
        try (NDManager m = NDManager.newBaseManager()) {
            int[][] seqs = {{0, 2, 1}, {3, 3, 0}};
            float[] got = Sequences.oneHot(seqs, 4, m).toFloatArray();
            assertEquals(2 * 3 * 4, got.length);
            for (int b = 0; b < 2; b++) {
                for (int t = 0; t < 3; t++) {
                    for (int v = 0; v < 4; v++) {
                        assertEquals(
                                seqs[b][t] == v ? 1f : 0f,
                                got[(b * 3 + t) * 4 + v],
                                "at " + b + ", " + t + ", " + v);
                    }
                }
            }
            assertEquals(new Shape(2, 3), Sequences.ids(seqs, m).getShape());
            assertArrayEquals(new int[] {0, 2, 1, 3, 3, 0}, Sequences.ids(seqs, m).toIntArray());
            assertThrows(
                    IllegalArgumentException.class,
                    () -> Sequences.oneHot(new int[][] {{4}}, 4, m));
            assertThrows(
                    IllegalArgumentException.class,
                    () -> Sequences.ids(new int[][] {{1, 2}, {1}}, m));
        }
    }

    @Test
    void firstSymbolTaskIsSeededAndOnlyTheFirstSymbolTellsTheClass() {
        FirstSymbolTask a = Sequences.firstSymbol(400, 5, 4, 3, 9);
        FirstSymbolTask b = Sequences.firstSymbol(400, 5, 4, 3, 9);
        assertArrayEquals(a.labels(), b.labels());
        assertEquals(7, a.vocabulary());
        assertEquals(0.25, a.chance());
        int[] perClass = new int[4];
        for (int i = 0; i < 400; i++) {
            int[] s = a.sequences()[i];
            assertEquals(6, s.length);
            assertEquals(a.labels()[i], s[0]);
            perClass[s[0]]++;
            for (int t = 1; t < s.length; t++) {
                assertTrue(s[t] >= 4 && s[t] < 7, "distractors come after the class ids");
            }
        }
        for (int c : perClass) {
            assertTrue(c > 60, "classes are roughly balanced: " + c);
        }
        try (NDManager m = NDManager.newBaseManager()) {
            assertEquals(new Shape(400, 6, 7), a.inputs(m).getShape());
            assertEquals(new Shape(400), a.labels(m).getShape());
        }
    }
}
