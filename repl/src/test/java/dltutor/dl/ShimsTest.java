package dltutor.dl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.training.GradientCollector;
import dltutor.runtime.DjlRuntime;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each shim against a plain-Java oracle. */
class ShimsTest {

    private NDManager manager;
    private final Random random = new Random(7);

    @BeforeAll
    static void engine() {
        DjlRuntime.configure();
        DjlRuntime.initThread();
    }

    @BeforeEach
    void open() {
        manager = NDManager.newBaseManager();
    }

    @AfterEach
    void close() {
        manager.close();
    }

    private float[] randoms(int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return v;
    }

    @Test
    void zeroingClearsANanGradient() {
        NDArray x = manager.create(new float[] {-1f, 4f});
        x.setRequiresGradient(true);
        try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
            gc.backward(x.sqrt().sum()); // d√x/dx at −1 is NaN
        }
        assertEquals(true, Float.isNaN(x.getGradient().toFloatArray()[0]));
        Toolkit.zeroGrad(x);
        assertArrayEquals(new float[] {0f, 0f}, x.getGradient().toFloatArray());
    }

    @Test
    void upsample2xRepeatsEachPixelInATwoByTwoBlock() {
        int n = 2;
        int c = 3;
        int h = 4;
        int w = 5;
        float[] x = randoms(n * c * h * w);
        float[] got = Shims.upsample2x(manager.create(x, new Shape(n, c, h, w))).toFloatArray();
        float[] expected = new float[n * c * 2 * h * 2 * w];
        for (int i = 0; i < n * c; i++) {
            for (int r = 0; r < 2 * h; r++) {
                for (int q = 0; q < 2 * w; q++) {
                    expected[(i * 2 * h + r) * 2 * w + q] =
                            x[(i * h + r / 2) * w + q / 2]; // y[i,j] = x[⌊i/2⌋,⌊j/2⌋]
                }
            }
        }
        assertArrayEquals(expected, got);
        assertThrows(
                IllegalArgumentException.class,
                () -> Shims.upsample2x(manager.zeros(new Shape(3, 4))));
    }

    @Test
    void upsample2xGradientSumsEachTwoByTwoBlockEveryTime() {
        // The gradient of Σ w·upsample2x(x) with respect to x sums w over each 2×2 block, on every
        // call.
        int n = 4;
        int c = 8;
        int h = 8;
        int w = 8;
        float[] x = randoms(n * c * h * w);
        float[] weights = randoms(n * c * 4 * h * w);
        float[] expected = new float[x.length];
        for (int i = 0; i < n * c; i++) {
            for (int r = 0; r < 2 * h; r++) {
                for (int q = 0; q < 2 * w; q++) {
                    expected[(i * h + r / 2) * w + q / 2] +=
                            weights[(i * 2 * h + r) * 2 * w + q]; // ∂/∂x of Σ w·y
                }
            }
        }
        for (int round = 0; round < 20; round++) {
            NDArray in = manager.create(x, new Shape(n, c, h, w));
            in.setRequiresGradient(true);
            NDArray wt = manager.create(weights, new Shape(n, c, 2 * h, 2 * w));
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                gc.backward(Shims.upsample2x(in).mul(wt).sum());
            }
            float[] got = in.getGradient().toFloatArray();
            for (int i = 0; i < got.length; i++) {
                assertEquals(expected[i], got[i], 1e-4, "round " + round + ", element " + i);
            }
        }
    }

    @Test
    void meanAndVarianceOverSeveralAxesMatchTheLoops() {
        int a = 3;
        int b = 4;
        int c = 5;
        float[] x = randoms(a * b * c);
        NDArray nd = manager.create(x, new Shape(a, b, c));
        // reduce axes 0 and 2, keep axis 1 (batch norm over (N, C, L) keeps the channels)
        float[] mean = Shims.mean(nd, 0, 2).toFloatArray();
        float[] var = Shims.variance(nd, 0, -1).toFloatArray();
        for (int j = 0; j < b; j++) {
            double s = 0;
            for (int i = 0; i < a; i++) {
                for (int k = 0; k < c; k++) {
                    s += x[(i * b + j) * c + k];
                }
            }
            double m = s / (a * c);
            double sq = 0;
            for (int i = 0; i < a; i++) {
                for (int k = 0; k < c; k++) {
                    sq += Math.pow(x[(i * b + j) * c + k] - m, 2);
                }
            }
            assertEquals(m, mean[j], 1e-5);
            assertEquals(sq / (a * c), var[j], 1e-5);
        }
        assertEquals(new Shape(1, b, 1), Shims.mean(nd, true, 0, 2).getShape());
        assertEquals(new Shape(), Shims.variance(nd).getShape());
    }

    @Test
    void varianceIsDifferentiable() {
        NDArray v = manager.create(new float[] {1, 2, 4});
        v.setRequiresGradient(true);
        try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
            gc.backward(Shims.variance(v, 0));
        }
        // ∂/∂vᵢ (1/n)Σ(v − m)² = 2(vᵢ − m)/n, m = 7/3
        assertArrayEquals(
                new float[] {-8f / 9, -2f / 9, 10f / 9}, v.getGradient().toFloatArray(), 1e-5f);
    }

    /**
     * A Linear layer whose gradients are set to known values: loss = Σ w⊙c + Σ b⊙d gives ∇w = c, ∇b
     * = d.
     */
    private Block withGradients(float[] c, float[] d) {
        Linear linear = Linear.builder().setUnits(2).build();
        linear.initialize(manager, DataType.FLOAT32, new Shape(1, 3));
        NDArray w = linear.getParameters().get("weight").getArray();
        NDArray b = linear.getParameters().get("bias").getArray();
        try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
            NDArray loss =
                    w.mul(manager.create(c, new Shape(2, 3)))
                            .sum()
                            .add(b.mul(manager.create(d)).sum());
            gc.backward(loss);
        }
        return linear;
    }

    @Test
    void clipGradNormScalesAllGradientsTogetherSymmetricallyAndReturnsTheNorm() {
        float[] c = {-5, 3, 0.5f, -1, 2, -4};
        float[] d = {-6, 1};
        Block block = withGradients(c, d);
        double norm = 0;
        for (float v : c) {
            norm += v * v;
        }
        for (float v : d) {
            norm += v * v;
        }
        norm = Math.sqrt(norm);
        assertEquals(norm, Shims.gradNorm(block), 1e-4, "gradNorm reads without changing");
        assertEquals(norm, Shims.clipGradNorm(block, 1.0), 1e-4);
        double scale = 1.0 / (norm + 1e-6);
        float[] gw = block.getParameters().get("weight").getArray().getGradient().toFloatArray();
        float[] gb = block.getParameters().get("bias").getArray().getGradient().toFloatArray();
        for (int i = 0; i < c.length; i++) {
            assertEquals(c[i] * scale, gw[i], 1e-5, "negative gradients are clipped too");
        }
        for (int i = 0; i < d.length; i++) {
            assertEquals(d[i] * scale, gb[i], 1e-5);
        }
        assertEquals(1.0, Shims.gradNorm(block), 1e-4);
        assertEquals(1.0, Shims.clipGradNorm(block, 5.0), 1e-4, "under the limit nothing changes");
        assertEquals(1.0, Shims.gradNorm(block), 1e-4);
    }

    @Test
    void zeroGradientsClearsAccumulatedGradients() {
        Block block = withGradients(new float[] {1, 2, 3, 4, 5, 6}, new float[] {7, 8});
        Shims.zeroGradients(block);
        for (Parameter p : block.getParameters().values()) {
            for (float g : p.getArray().getGradient().toFloatArray()) {
                assertEquals(0f, g);
            }
        }
        assertEquals(0.0, Shims.gradNorm(block));
    }
}
