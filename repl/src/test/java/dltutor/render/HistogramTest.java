package dltutor.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HistogramTest {

    private static final double[] DATA = {0, 1, 1, 2, 2, 2, 3, 3, 3, 3, Double.NaN};

    @Test
    void goldenAscii() {
        String expected =
                """
                w  n=10  mean 2  std 1  (1 NaN/infinite left out)
                   0 |##       1
                0.75 |####     2
                 1.5 |######   3
                2.25 |######## 4
                """;
        assertEquals(expected, Histogram.render("w", DATA, 4, 8, false));
    }

    @Test
    void goldenUnicodeWithEighthBlocks() {
        String expected =
                """
                n=4  mean 0.75  std 0.433
                  0 │██▋      1
                0.5 │████████ 3
                """;
        assertEquals(expected, Histogram.render("", new double[] {0, 1, 1, 1}, 2, 8, true));
        assertEquals("█▌", Histogram.bar(1.5, true));
        assertEquals("", Histogram.bar(0.01, true));
    }

    @Test
    void theMaximumFallsInTheLastBinAndConstantDataInOne() {
        assertArrayEquals(
                new long[] {1, 0, 2}, Histogram.counts(new double[] {0, 3, 3, 7}, 3, 0, 3));
        assertEquals(
                "n=2  mean 5  std 0\n5 |#### 2\n",
                Histogram.render("", new double[] {5, 5}, 10, 4, false));
        assertEquals(
                "n=0  (no finite values)\n",
                Histogram.render("", new double[] {Double.NaN}, 3, 4, false));
    }
}
