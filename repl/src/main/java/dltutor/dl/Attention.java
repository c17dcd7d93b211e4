package dltutor.dl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.function.UnaryOperator;

/**
 * The pieces of a Transformer as plain functions on NDArrays: scaled dot-product attention with an
 * optional causal mask, multi-head attention, sinusoidal positions and the residual block in both
 * LayerNorm orders. Lesson 19 has the learner write each of these; later lessons (the vision
 * Transformer, BERT, GPT, LoRA, RLHF) build on them and may use these tested versions when the
 * learner's own are not in the session.
 *
 * <p>From Vaswani et al., "Attention Is All You Need" (NeurIPS 2017, arXiv:1706.03762); the pre-LN
 * order is analysed by Xiong et al. (ICML 2020, arXiv:2002.04745). DJL's own {@code
 * TransformerEncoderBlock} is not the textbook block (see the project's DJL notes), and {@code
 * batchDot} is missing on PyTorch, so everything here uses {@code matMul} on batched arrays.
 */
public final class Attention {

    private Attention() {}

    /**
     * Scaled dot-product attention.
     *
     * <p>{@code softmax(q·kᵀ/√d_k + M)·v}, M = 0 where key j ≤ query i and −∞ above the diagonal
     * when {@code causal}, nothing otherwise; the softmax runs over the keys (the last axis).
     *
     * @param q (…, Tq, d_k) queries, any leading batch axes such as (B) or (B, h)
     * @param k (…, Tk, d_k) keys
     * @param v (…, Tk, d_v) values
     * @param causal mask the future (then Tq = Tk)
     * @return (…, Tq, d_v)
     */
    public static NDArray scaledDotProduct(NDArray q, NDArray k, NDArray v, boolean causal) {
        int last = q.getShape().dimension() - 1;
        long dk = q.getShape().get(last);
        NDArray scores = q.matMul(k.swapAxes(-1, -2)).div((float) Math.sqrt(dk)); // (…, Tq, Tk)
        NDArray weights = causal ? Masks.causalSoftmax(scores) : scores.softmax(-1);
        return weights.matMul(v);
    }

    /**
     * Splits the last axis into heads: head i gets columns i·d_k … (i+1)·d_k − 1.
     *
     * @param x (B, T, D)
     * @return (B, h, T, D/h)
     */
    public static NDArray splitHeads(NDArray x, int heads) {
        Shape s = x.getShape();
        if (s.dimension() != 3 || heads < 1 || s.get(2) % heads != 0) {
            throw new IllegalArgumentException(
                    "splitHeads wants (B, T, D) with D divisible by " + heads + ", got " + s);
        }
        return x.reshape(s.get(0), s.get(1), heads, s.get(2) / heads).transpose(0, 2, 1, 3);
    }

    /**
     * The inverse of {@link #splitHeads}.
     *
     * @param x (B, h, T, d_k)
     * @return (B, T, h·d_k)
     */
    public static NDArray mergeHeads(NDArray x) {
        Shape s = x.getShape();
        return x.transpose(0, 2, 1, 3).reshape(s.get(0), s.get(2), s.get(1) * s.get(3));
    }

    /**
     * Multi-head attention of a sequence with itself, all heads in one batched product.
     *
     * <p>{@code concat(head₁ … head_h)·W_O}, {@code headᵢ = Attention(X·W_Q[:, i], X·W_K[:, i],
     * X·W_V[:, i])}
     *
     * @param x (B, T, D)
     * @param wq (D, D) query projection; wk, wv likewise
     * @param wo (D, D) output projection
     * @return (B, T, D)
     */
    public static NDArray multiHead(
            NDArray x, NDArray wq, NDArray wk, NDArray wv, NDArray wo, int heads, boolean causal) {
        NDArray q = splitHeads(x.matMul(wq), heads); // (B, h, T, d_k)
        NDArray k = splitHeads(x.matMul(wk), heads);
        NDArray v = splitHeads(x.matMul(wv), heads);
        return mergeHeads(scaledDotProduct(q, k, v, causal)).matMul(wo); // (B, T, D)
    }

    /**
     * The sinusoidal position codes of the paper, base 10000.
     *
     * <p>{@code PE[pos, 2i] = sin(pos / 10000^(2i/D))}, {@code PE[pos, 2i+1] = cos(pos /
     * 10000^(2i/D))}
     *
     * @param t positions 0 … T−1
     * @param d the width D, even
     * @return (T, D) float32
     */
    public static NDArray sinusoidalPositions(NDManager manager, int t, int d) {
        if (t < 0 || d < 2 || d % 2 != 0) {
            throw new IllegalArgumentException(
                    "sinusoidalPositions wants t ≥ 0 and an even d ≥ 2: " + t + ", " + d);
        }
        float[] pe = new float[t * d];
        for (int pos = 0; pos < t; pos++) {
            for (int i = 0; i < d / 2; i++) {
                double angle = pos / Math.pow(10000, 2.0 * i / d);
                pe[pos * d + 2 * i] = (float) Math.sin(angle);
                pe[pos * d + 2 * i + 1] = (float) Math.cos(angle);
            }
        }
        return manager.create(pe, new Shape(t, d));
    }

    /**
     * One Transformer block: two sub-layers (attention, then the position-wise MLP), each with a
     * residual connection and a LayerNorm.
     *
     * <p>post-LN (the paper): {@code h = norm1(x + attn(x))}, {@code y = norm2(h + mlp(h))}. pre-LN
     * (GPT-2 onward): {@code h = x + attn(norm1(x))}, {@code y = h + mlp(norm2(h))}; a pre-LN stack
     * ends with one more LayerNorm.
     *
     * @param x (B, T, D)
     * @return (B, T, D)
     */
    public static NDArray block(
            NDArray x,
            UnaryOperator<NDArray> attn,
            UnaryOperator<NDArray> mlp,
            UnaryOperator<NDArray> norm1,
            UnaryOperator<NDArray> norm2,
            boolean preLN) {
        if (preLN) {
            NDArray h = x.add(attn.apply(norm1.apply(x)));
            return h.add(mlp.apply(norm2.apply(h)));
        }
        NDArray h = norm1.apply(x.add(attn.apply(x)));
        return norm2.apply(h.add(mlp.apply(h)));
    }

    /**
     * Layer normalisation over the last axis (Ba, Kiros and Hinton, 2016), ε = 10⁻⁵.
     *
     * <p>{@code γ ⊙ (x − μ)/√(σ² + ε) + β}, μ and σ² over the last axis
     *
     * @param x (…, D)
     * @param gamma (D)
     * @param beta (D)
     * @return (…, D)
     */
    public static NDArray layerNorm(NDArray x, NDArray gamma, NDArray beta) {
        NDArray mu = x.mean(new int[] {-1}, true);
        NDArray var = x.sub(mu).square().mean(new int[] {-1}, true);
        return x.sub(mu).div(var.add(1e-5f).sqrt()).mul(gamma).add(beta);
    }
}
