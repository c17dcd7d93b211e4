package dltutor.dl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import dltutor.runtime.DjlRuntime;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Transformer pieces against plain-Java oracles and per-head loops. */
class AttentionTest {

    private NDManager manager;

    @BeforeAll
    static void engine() {
        DjlRuntime.configure();
        DjlRuntime.initThread();
    }

    @BeforeEach
    void open() {
        manager = NDManager.newBaseManager();
        manager.getEngine().setRandomSeed(5);
    }

    @AfterEach
    void close() {
        manager.close();
    }

    private static void assertClose(NDArray want, NDArray got, double tol) {
        assertArrayEquals(want.getShape().getShape(), got.getShape().getShape());
        float[] w = want.toFloatArray(), g = got.toFloatArray();
        for (int i = 0; i < w.length; i++) {
            assertEquals(w[i], g[i], tol, "element " + i);
        }
    }

    @Test
    void causalAttentionMatchesAPlainJavaOracle() {
        int t = 5, d = 4;
        NDArray q = manager.randomNormal(new Shape(1, t, d)),
                k = manager.randomNormal(new Shape(1, t, d));
        NDArray v = manager.randomNormal(new Shape(1, t, d));
        float[] qa = q.toFloatArray(), ka = k.toFloatArray(), va = v.toFloatArray();
        float[] want = new float[t * d];
        for (int i = 0; i < t; i++) {
            double[] s = new double[i + 1];
            double max = Double.NEGATIVE_INFINITY, sum = 0;
            for (int j = 0; j <= i; j++) {
                for (int c = 0; c < d; c++) {
                    s[j] += qa[i * d + c] * ka[j * d + c];
                }
                s[j] /= Math.sqrt(d);
                max = Math.max(max, s[j]);
            }
            for (int j = 0; j <= i; j++) {
                s[j] = Math.exp(s[j] - max);
                sum += s[j];
            }
            for (int j = 0; j <= i; j++) {
                for (int c = 0; c < d; c++) {
                    want[i * d + c] += (float) (s[j] / sum * va[j * d + c]);
                }
            }
        }
        assertClose(
                manager.create(want, new Shape(1, t, d)),
                Attention.scaledDotProduct(q, k, v, true),
                1e-5);
    }

    @Test
    void multiHeadEqualsALoopOverHeadsAndMergeUndoesSplit() {
        int b = 2, t = 4, h = 3, dk = 2, d = h * dk;
        NDArray x = manager.randomNormal(new Shape(b, t, d));
        NDArray wq = manager.randomNormal(new Shape(d, d)),
                wk = manager.randomNormal(new Shape(d, d));
        NDArray wv = manager.randomNormal(new Shape(d, d)),
                wo = manager.randomNormal(new Shape(d, d));
        NDList heads = new NDList();
        for (int i = 0; i < h; i++) {
            NDIndex cols = new NDIndex(":, {}:{}", i * dk, (i + 1) * dk);
            heads.add(
                    Attention.scaledDotProduct(
                            x.matMul(wq.get(cols)),
                            x.matMul(wk.get(cols)),
                            x.matMul(wv.get(cols)),
                            true));
        }
        assertClose(
                NDArrays.concat(heads, -1).matMul(wo),
                Attention.multiHead(x, wq, wk, wv, wo, h, true),
                1e-4);
        assertClose(x, Attention.mergeHeads(Attention.splitHeads(x, h)), 0);
        assertClose(x.get(":, :, 2:4"), Attention.splitHeads(x, h).get(":, 1"), 0);
        assertThrows(IllegalArgumentException.class, () -> Attention.splitHeads(x, 4));
    }

    @Test
    void positionsUseBase10000() {
        float[] pe = Attention.sinusoidalPositions(manager, 7, 8).toFloatArray();
        assertEquals(Math.sin(6 / Math.pow(10000, 2.0 / 8)), pe[6 * 8 + 2], 1e-6);
        assertEquals(Math.cos(6 / Math.pow(10000, 6.0 / 8)), pe[6 * 8 + 7], 1e-6);
        assertEquals(1.0, pe[1], 0); // cos(0) at position 0
        assertThrows(
                IllegalArgumentException.class, () -> Attention.sinusoidalPositions(manager, 3, 5));
    }

    @Test
    void preLnWithZeroSubLayersIsTheIdentityAndPostLnNormalises() {
        NDArray x = manager.randomNormal(new Shape(2, 3, 4)).mul(3f).add(1f);
        NDArray g = manager.ones(new Shape(4)), b = manager.zeros(new Shape(4));
        UnaryOperator<NDArray> zero = NDArray::zerosLike, ln = a -> Attention.layerNorm(a, g, b);
        assertClose(x, Attention.block(x, zero, zero, ln, ln, true), 1e-6);
        NDArray post = Attention.block(x, zero, zero, ln, ln, false);
        assertClose(manager.zeros(new Shape(2, 3, 1)), post.mean(new int[] {-1}, true), 1e-5);
        assertClose(Attention.layerNorm(x, g, b), post, 1e-4);
    }
}
