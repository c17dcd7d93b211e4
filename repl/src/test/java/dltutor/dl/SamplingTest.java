package dltutor.dl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Categorical sampling against the distribution it should draw from. */
class SamplingTest {

    private static final int DRAWS = 40_000;
    @RegisterExtension final EngineManager engine = new EngineManager();

    /** {@code DRAWS} rows that all hold {@code logits}. */
    private NDArray rows(float[] logits) {
        return engine.manager().create(logits).reshape(1, logits.length).repeat(0, DRAWS);
    }

    private static double[] frequencies(NDArray samples, int v) {
        long[] idx = samples.toType(DataType.INT64, false).toLongArray();
        double[] f = new double[v];
        for (long i : idx) {
            f[(int) i] += 1.0 / idx.length;
        }
        return f;
    }

    private static double[] softmax(float[] z, double t) {
        double max = Double.NEGATIVE_INFINITY;
        for (float x : z) {
            max = Math.max(max, x / t);
        }
        double[] p = new double[z.length];
        double sum = 0;
        for (int i = 0; i < z.length; i++) {
            p[i] = Math.exp(z[i] / t - max);
            sum += p[i];
        }
        for (int i = 0; i < z.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    @Test
    void gumbelMaxDrawsFromTheSoftmaxAtEachTemperature() {
        float[] logits = {2f, 1f, 0f, -1f};
        for (double t : new double[] {1.0, 0.5, 2.0}) {
            NDArray samples = Sampling.sample(rows(logits), t, 0);
            assertEquals(new Shape(DRAWS), samples.getShape());
            double[] expected = softmax(logits, t);
            double[] got = frequencies(samples, 4);
            for (int i = 0; i < 4; i++) {
                // 4.5 standard errors of a proportion over 40,000 draws
                double tolerance = 4.5 * Math.sqrt(expected[i] * (1 - expected[i]) / DRAWS) + 1e-3;
                assertEquals(expected[i], got[i], tolerance, "temperature " + t + ", class " + i);
            }
        }
    }

    @Test
    void temperatureZeroAndTopOneAreGreedyAndTopKNeverLeavesTheTopK() {
        float[] logits = {0.5f, 3f, 2.5f, -1f, 2.9f};
        NDArray many = rows(logits);
        assertEquals(1.0, frequencies(Sampling.sample(many, 0, 0), 5)[1], 1e-9);
        assertEquals(1.0, frequencies(Sampling.sample(many, 1, 1), 5)[1], 1e-9);
        double[] top2 = frequencies(Sampling.sample(many, 1, 2), 5);
        assertEquals(1.0, top2[1] + top2[4], 1e-9, "only the two largest logits are drawn");
        double[] p = softmax(new float[] {3f, 2.9f}, 1);
        assertEquals(p[0], top2[1], 0.02, "renormalised over the top 2");
        assertArrayEquals(
                new float[] {Masks.NEGATIVE + 0.5f, 3f, 2.5f, Masks.NEGATIVE - 1f, 2.9f},
                Sampling.topK(engine.manager().create(logits), 3).toFloatArray(),
                1f);
    }

    @Test
    void cumulativeSumSamplingMatchesTheProbabilities() {
        float[] probs = {0.1f, 0.0f, 0.6f, 0.3f};
        double[] got = frequencies(Sampling.fromProbabilities(rows(probs)), 4);
        assertEquals(0.0, got[1], "a zero-probability class is never drawn");
        for (int i = 0; i < 4; i++) {
            assertEquals(
                    probs[i], got[i], 4.5 * Math.sqrt(probs[i] * (1 - probs[i]) / DRAWS) + 1e-3);
        }
    }

    @Test
    void aSeedMakesSamplingRepeatable() {
        NDArray logits = engine.manager().randomNormal(new Shape(50, 10));
        Toolkit.seed(5);
        long[] first = Sampling.sample(logits, 1, 0).toLongArray();
        Toolkit.seed(5);
        long[] second = Sampling.sample(logits, 1, 0).toLongArray();
        assertArrayEquals(first, second);
        assertTrue(first.length == 50);
    }
}
