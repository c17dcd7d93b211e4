package dltutor.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;

class ShapeImagesTest {
    @Test
    void picturesAndMasksAgreeAndAreSeeded() {
        try (NDManager m = NDManager.newBaseManager()) {
            ShapeImages a = ShapeImages.generate(64, 32, 3, 0.05, 11, m);
            ShapeImages b = ShapeImages.generate(64, 32, 3, 0.05, 11, m);
            assertEquals(new Shape(64, 1, 32, 32), a.images().getShape());
            assertEquals(new Shape(64, 1, 32, 32), a.masks().getShape());
            assertEquals(new Shape(64, 32, 32), a.segments().getShape());
            assertEquals(DataType.INT32, a.segments().getDataType());
            assertArrayEquals(a.images().toFloatArray(), b.images().toFloatArray());
            assertArrayEquals(a.segments().toIntArray(), b.segments().toIntArray());

            float[] px = a.images().toFloatArray();
            float[] mask = a.masks().toFloatArray();
            int[] seg = a.segments().toIntArray();
            double fg = 0;
            double bg = 0;
            int nFg = 0;
            int[] perClass = new int[4];
            for (int i = 0; i < px.length; i++) {
                assertTrue(px[i] >= 0 && px[i] <= 1);
                assertEquals(seg[i] == 0 ? 0f : 1f, mask[i]);
                perClass[seg[i]]++;
                if (mask[i] > 0) {
                    fg += px[i];
                    nFg++;
                } else {
                    bg += px[i];
                }
            }
            assertTrue(
                    fg / nFg > bg / (px.length - nFg) + 0.4,
                    "shapes are brighter than the background");
            for (int c = 1; c < 4; c++) {
                assertTrue(perClass[c] > 1000, "class " + c + " has " + perClass[c] + " pixels");
            }
            double coverage = (double) nFg / px.length;
            assertTrue(coverage > 0.1 && coverage < 0.5, "foreground covers " + coverage);
        }
    }

    @Test
    void iouCountsOverlap() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray t = m.create(new float[] {1, 1, 0, 0});
            NDArray p = m.create(new float[] {0.9f, 0.2f, 0.7f, 0});
            assertEquals(1.0 / 3, ShapeImages.iou(p, t), 1e-9);
            assertEquals(1.0, ShapeImages.iou(t, t));
            ShapeImages s = ShapeImages.generate(4, 28, 2, 0.0, 1, m);
            assertEquals(1.0, ShapeImages.iou(s.masks(), s.masks()));
        }
    }

    @Test
    void polygonsAreInsideTheirCircle() {
        for (double angle = 0; angle < 7; angle += 0.3) {
            double x = Math.cos(angle);
            double y = Math.sin(angle);
            assertTrue(!ShapeRaster.inside(ShapeRaster.SQUARE, 1.01 * x, 1.01 * y, 1, 0.4));
            assertTrue(!ShapeRaster.inside(ShapeRaster.TRIANGLE, 1.01 * x, 1.01 * y, 1, 1.3));
        }
        assertTrue(ShapeRaster.inside(ShapeRaster.TRIANGLE, 0, 0, 1, 2.0));
        assertTrue(
                ShapeRaster.inside(
                        ShapeRaster.SQUARE,
                        0.6,
                        0.6,
                        1,
                        0)); // corner at 45 degrees: (0.707, 0.707)
    }
}
