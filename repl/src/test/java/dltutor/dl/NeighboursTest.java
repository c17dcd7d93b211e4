package dltutor.dl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;

class NeighboursTest {
    @Test
    void cosineIgnoresLengthAndNearestSkipsExcluded() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray table =
                    m.create(
                            new float[] {
                                1, 0, // 0: along x
                                10, 1, // 1: nearly x, long
                                0, 2, // 2: along y
                                -1, 0, // 3: opposite x
                                0, 0
                            }, // 4: zero
                            new Shape(5, 2));
            double[] sims = Neighbours.cosineSimilarities(table, m.create(new float[] {3, 0}));
            assertEquals(1.0, sims[0], 1e-12);
            assertEquals(10 / Math.sqrt(101), sims[1], 1e-12);
            assertEquals(0.0, sims[2], 1e-12);
            assertEquals(-1.0, sims[3], 1e-12);
            assertEquals(0.0, sims[4], 1e-12);
            assertArrayEquals(new int[] {1, 2, 4}, Neighbours.nearest(table, table.get(0), 3, 0));
            assertArrayEquals(new int[] {0, 1}, Neighbours.nearest(table, table.get(0), 2));
            assertThrows(
                    IllegalArgumentException.class,
                    () -> Neighbours.nearest(table, m.create(new float[] {1, 2, 3}), 1));
        }
    }
}
