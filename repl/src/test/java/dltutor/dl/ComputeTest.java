package dltutor.dl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import dltutor.runtime.DjlRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The matmul peak is a plausible positive rate; the FLOP formulas match hand counts. */
class ComputeTest {

    @BeforeAll
    static void engine() {
        DjlRuntime.configure();
        DjlRuntime.initThread();
    }

    @Test
    void matmulPeakIsPositiveAndBelowAPetaflop() {
        try (NDManager manager = NDManager.newBaseManager()) {
            double peak = Compute.matmulPeak(manager, 128, 3);
            assertTrue(peak > 1e6 && peak < 1e15, "peak " + peak);
        }
    }

    @Test
    void transformerFlopsPerTokenIsSixPerWeightPlusAttention() {
        // 2 layers, width 64, context 32: N = 2·12·64² + 64·88 = 103,936 matmul weights
        long n = 2L * 12 * 64 * 64 + 64L * 88;
        assertEquals(
                6.0 * n + 12.0 * 2 * 32 * 64, Compute.transformerFlopsPerToken(n, 2, 32, 64), 1e-6);
    }

    @Test
    void utilisationIsAchievedOverPeak() {
        assertEquals(0.25, Compute.utilisation(1e6, 500, 2e9), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Compute.utilisation(1, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> Compute.matmulPeak(null, 0, 1));
    }
}
