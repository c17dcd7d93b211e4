package dltutor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CompactNumberTest {

    @Test
    void formatsCompactly() {
        assertEquals("0.0123", CompactNumber.format(0.0123));
        assertEquals("1.2e-05", CompactNumber.format(0.000012));
        assertEquals("1e-05", CompactNumber.format(0.00001));
        assertEquals("150", CompactNumber.format(150));
        assertEquals("3.5k", CompactNumber.format(3500));
        assertEquals("1k", CompactNumber.format(999.9));
        assertEquals("1M", CompactNumber.format(999_999));
        assertEquals("-2.5", CompactNumber.format(-2.5));
        assertEquals("0", CompactNumber.format(-0.0));
        assertEquals("0.667", CompactNumber.format(2.0 / 3));
        assertEquals("0.66667", CompactNumber.format(2.0 / 3, 5));
    }

    @Test
    void axisLabelsGainDigitsUntilDistinct() {
        String[] labels = AxisLabels.distinct(new double[] {1.001, 1.002, 1.003});
        assertEquals("1.001 1.002 1.003", String.join(" ", labels));
    }
}
