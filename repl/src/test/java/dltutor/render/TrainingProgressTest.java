package dltutor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TrainingProgressTest {

    private static final TrainingProgress MID =
            new TrainingProgress(2, 5, 37, 160, 0.41234, 812.3, 12.4);

    @Test
    void goldenLines() {
        assertEquals(
                "epoch 2/5  step 37/160 ━━━━╸───────────────  loss 0.4123  812 steps/s  ETA 12s",
                MID.render(80, true));
        assertEquals(
                "epoch 2/5  step 37/160 [====>---------------]  loss 0.4123  812 steps/s  ETA 12s",
                MID.render(80, false));
        assertEquals("epoch 2/5  step 37/160  loss 0.4123  ETA 12s", MID.render(50, false));
        assertEquals(
                "epoch 1  step 3",
                new TrainingProgress(1, 0, 3, 0, Double.NaN, Double.NaN, Double.NaN)
                        .render(80, false));
    }

    @Test
    void neverWiderThanTheTerminal() {
        for (int width = 5; width <= 120; width++) {
            assertTrue(MID.render(width, true).length() <= width, "width " + width);
            assertTrue(MID.render(width, false).length() <= width, "width " + width);
        }
    }

    @Test
    void numbersAndDurations() {
        assertEquals("0.4123", TrainingProgress.loss(0.41234));
        assertEquals("12.35", TrainingProgress.loss(12.3456));
        assertEquals("1.23e-05", TrainingProgress.loss(1.234e-5));
        assertEquals("NaN", TrainingProgress.loss(Double.NaN));
        assertEquals("0.4s", TrainingProgress.duration(0.42));
        assertEquals("12s", TrainingProgress.duration(12.4));
        assertEquals("3m05s", TrainingProgress.duration(185));
        assertEquals("1h02m", TrainingProgress.duration(3725));
        assertEquals("[==>--]", TrainingProgress.bar(0.5, 5, false));
        assertEquals("━━━━━", TrainingProgress.bar(1, 5, true));
    }
}
