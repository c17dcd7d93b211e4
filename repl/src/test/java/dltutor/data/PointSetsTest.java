package dltutor.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dltutor.dl.Toolkit;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PointSetsTest {
    @Test
    void xorAndMoonsMatchTheToolkit() {
        assertSame(Toolkit.xor(), PointSets.xor());
        assertSame(Toolkit.moons(200, 0.1, 7), PointSets.moons(200, 0.1, 7));
    }

    @Test
    void generatorsAreDeterministicUnderASeed() {
        assertSame(PointSets.spirals(3, 50, 0.2, 1), PointSets.spirals(3, 50, 0.2, 1));
        assertSame(
                PointSets.gaussianMixture(8, 20, 0.1, 1), PointSets.gaussianMixture(8, 20, 0.1, 1));
        assertSame(PointSets.xor(40, 0.1, 1), PointSets.xor(40, 0.1, 1));
        assertFalse(
                Arrays.deepEquals(
                        PointSets.spirals(3, 50, 0.2, 1).x(),
                        PointSets.spirals(3, 50, 0.2, 2).x()));
    }

    @Test
    void shapesAndClassesAreRight() {
        Points spirals = PointSets.spirals(3, 50, 0.2, 1);
        assertEquals(150, spirals.size());
        assertEquals(2, spirals.x()[0].length);
        assertEquals(50, spirals.ofClass(2)[0].length);
        Points ring = PointSets.gaussianMixture(8, 25, 0.05, 3);
        assertEquals(200, ring.size());
        double[][] c3 = ring.ofClass(3);
        double meanX = Arrays.stream(c3[0]).average().orElse(0);
        double meanY = Arrays.stream(c3[1]).average().orElse(0);
        assertEquals(2 * Math.cos(3 * Math.PI / 4), meanX, 0.05);
        assertEquals(2 * Math.sin(3 * Math.PI / 4), meanY, 0.05);
        Points xor = PointSets.xor(40, 0.05, 1);
        for (int i = 0; i < xor.size(); i++) {
            boolean a = xor.x()[i][0] > 0.5;
            boolean b = xor.x()[i][1] > 0.5;
            assertEquals(a ^ b ? 1 : 0, xor.y()[i]);
        }
    }

    @Test
    void pointsBecomeArrays() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDList xy = Datasets.toArrays(PointSets.moons(10, 0.1, 1), m);
            assertEquals(new Shape(10, 2), xy.get(0).getShape());
            assertEquals(DataType.FLOAT32, xy.get(0).getDataType());
            assertEquals(new Shape(10), xy.get(1).getShape());
            assertTrue(xy.get(1).toType(DataType.INT32, false).toIntArray()[1] == 1);
        }
    }

    private static void assertSame(Points a, Points b) {
        assertTrue(Arrays.deepEquals(a.x(), b.x()));
        assertArrayEquals(a.y(), b.y());
    }
}
