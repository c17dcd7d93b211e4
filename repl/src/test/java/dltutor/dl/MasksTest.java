package dltutor.dl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Masks and masked softmax against a plain-Java oracle. */
class MasksTest {

    @RegisterExtension final EngineManager engine = new EngineManager();
    private final Random random = new Random(3);

    /** Softmax of one row over the allowed positions; all zeros when none is allowed. */
    private static double[] oracle(float[] scores, float[] mask) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < scores.length; i++) {
            if (mask[i] > 0) {
                max = Math.max(max, scores[i]);
            }
        }
        double[] p = new double[scores.length];
        double sum = 0;
        for (int i = 0; i < scores.length; i++) {
            p[i] = mask[i] > 0 ? Math.exp(scores[i] - max) : 0;
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] = sum == 0 ? 0 : p[i] / sum;
        }
        return p;
    }

    @Test
    void maskedSoftmaxMatchesTheOracleAndAFullyMaskedRowIsZeroNotNaN() {
        int b = 3;
        int k = 5;
        float[] s = new float[b * k];
        float[] m = new float[b * k];
        for (int i = 0; i < s.length; i++) {
            s[i] = (float) (3 * random.nextGaussian());
            m[i] = random.nextBoolean() ? 1 : 0;
        }
        for (int j = 0; j < k; j++) {
            m[2 * k + j] = 0; // row 2 is fully masked
        }
        m[0] = 1;
        float[] got =
                Masks.maskedSoftmax(
                                engine.manager().create(s, new Shape(b, k)),
                                engine.manager().create(m, new Shape(b, k)))
                        .toFloatArray();
        for (int r = 0; r < b; r++) {
            double[] expected =
                    oracle(
                            java.util.Arrays.copyOfRange(s, r * k, r * k + k),
                            java.util.Arrays.copyOfRange(m, r * k, r * k + k));
            for (int j = 0; j < k; j++) {
                assertFalse(Float.isNaN(got[r * k + j]));
                assertEquals(expected[j], got[r * k + j], 1e-6, "row " + r + " col " + j);
            }
        }
    }

    @Test
    void aMaskBroadcastsOverHeads() {
        NDArray scores = engine.manager().randomNormal(new Shape(2, 3, 4, 4)); // (B, H, Q, K)
        NDArray mask =
                engine.manager()
                        .create(
                                new float[] {1, 1, 0, 0, 1, 1, 1, 0},
                                new Shape(2, 1, 1, 4)); // (B, 1, 1, K)
        float[] got = Masks.maskedSoftmax(scores, mask).toFloatArray();
        float[] s = scores.toFloatArray();
        for (int row = 0; row < 2 * 3 * 4; row++) {
            int batch = row / 12;
            double[] expected =
                    oracle(
                            java.util.Arrays.copyOfRange(s, row * 4, row * 4 + 4),
                            java.util.Arrays.copyOfRange(
                                    new float[] {1, 1, 0, 0, 1, 1, 1, 0},
                                    batch * 4,
                                    batch * 4 + 4));
            for (int j = 0; j < 4; j++) {
                assertEquals(expected[j], got[row * 4 + j], 1e-6);
            }
        }
    }

    @Test
    void causalMaskAndCausalSoftmaxLookOnlyBackwards() {
        assertArrayEquals(
                new float[] {1, 0, 0, 1, 1, 0, 1, 1, 1},
                Masks.causal(engine.manager(), 3).toFloatArray());
        int t = 4;
        NDArray scores = engine.manager().randomNormal(new Shape(2, 2, t, t)); // (B, H, T, T)
        float[] got = Masks.causalSoftmax(scores).toFloatArray();
        float[] s = scores.toFloatArray();
        for (int row = 0; row < 2 * 2 * t; row++) {
            int i = row % t;
            float[] allowed = new float[t];
            for (int j = 0; j <= i; j++) {
                allowed[j] = 1;
            }
            double[] expected =
                    oracle(java.util.Arrays.copyOfRange(s, row * t, row * t + t), allowed);
            for (int j = 0; j < t; j++) {
                assertEquals(expected[j], got[row * t + j], 1e-6);
            }
        }
        assertEquals(
                new Shape(3, 3),
                Masks.causalSoftmax(engine.manager().randomNormal(new Shape(3, 3))).getShape());
    }

    @Test
    void paddingMaskFromLengthsAndAdditiveBias() {
        NDArray mask = Masks.fromLengths(engine.manager().create(new int[] {2, 0, 4}), 4);
        assertArrayEquals(new float[] {1, 1, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1}, mask.toFloatArray());
        assertArrayEquals(
                new float[] {0, Masks.NEGATIVE},
                Masks.additive(engine.manager().create(new float[] {1, 0})).toFloatArray());
    }
}
