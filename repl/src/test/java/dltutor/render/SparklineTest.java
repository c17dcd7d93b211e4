package dltutor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SparklineTest {

    @Test
    void scalesBetweenMinAndMax() {
        assertEquals("▁▂▃▄▅▆▇█", Sparkline.of(new double[] {1, 2, 3, 4, 5, 6, 7, 8}, true));
        assertEquals("_.-~^", Sparkline.of(new double[] {0, 1, 2, 3, 4}, false));
        assertEquals("█▁", Sparkline.of(new double[] {-5, -50}, true));
    }

    @Test
    void nonFiniteValuesAreBlankAndConstantSitsInTheMiddle() {
        double[] gaps = {0, Double.NaN, 1, Double.NEGATIVE_INFINITY};
        assertEquals("▁ █ ", Sparkline.of(gaps, true));
        assertEquals("▄▄▄", Sparkline.of(new double[] {7, 7, 7}, true));
        assertEquals("--", Sparkline.of(new double[] {7, 7}, false));
        assertEquals("", Sparkline.of(new double[0], true));
    }
}
