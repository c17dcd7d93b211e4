package dltutor.dl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

/**
 * Attention masks and masked softmax, which DJL's PyTorch engine cannot do with its own {@code
 * sequenceMask} (it throws "Not implemented").
 *
 * <p>A mask holds 1 where a position may be attended to and 0 where it may not: padding after a
 * sentence's end (Bahdanau, Cho and Bengio, 2014, arXiv:1409.0473) or the future in a decoder
 * (Vaswani et al., "Attention Is All You Need", 2017, arXiv:1706.03762). Masked positions get a
 * large negative score before the softmax so their weight is 0.
 */
public final class Masks {

    /** Added to masked scores: large enough to give weight 0, finite so no NaN appears. */
    public static final float NEGATIVE = -1e9f;

    private Masks() {}

    /**
     * The causal (look-ahead) mask: position i may attend to positions 0…i only, so a decoder such
     * as GPT (Radford et al., 2018) cannot peek at the token it must predict.
     *
     * <p>{@code mask[i, j] = 1 if j ≤ i else 0}
     *
     * @return (T, T) float32 of 1s on and below the diagonal
     */
    public static NDArray causal(NDManager manager, int t) {
        try (NDArray rows = manager.arange(t).reshape(t, 1); // (T, 1): i
                NDArray cols = manager.arange(t).reshape(1, t); // (1, T): j
                NDArray allowed = cols.lte(rows)) { // (T, T): j ≤ i
            return allowed.toType(DataType.FLOAT32, false);
        }
    }

    /**
     * A padding mask from sequence lengths: the first {@code validLengths[b]} positions of row b
     * are 1, the rest 0 (what d2l's {@code sequence_mask} makes).
     *
     * <p>{@code mask[b, t] = 1 if t < len[b] else 0}
     *
     * @param validLengths (B) the true length of each sequence
     * @param length T, the padded length
     * @return (B, T) float32
     */
    public static NDArray fromLengths(NDArray validLengths, int length) {
        NDManager m = validLengths.getManager();
        try (NDArray positions = m.arange(length).reshape(1, length); // (1, T)
                NDArray lens = validLengths.toType(DataType.INT32, true);
                NDArray column = lens.reshape(-1, 1); // (B, 1)
                NDArray allowed = positions.lt(column)) { // (B, T)
            return allowed.toType(DataType.FLOAT32, false);
        }
    }

    /**
     * A 0/1 mask turned into an additive bias: 0 where allowed, {@link #NEGATIVE} where masked, to
     * add to attention scores (DJL's {@code ScaledDotProductAttentionBlock} adds a 4-D mask as
     * given).
     *
     * <p>{@code bias = (1 − mask) · (−10⁹)}
     */
    public static NDArray additive(NDArray mask) {
        try (NDArray m = mask.toType(DataType.FLOAT32, true);
                NDArray shifted = m.sub(1)) { // 0 or −1
            return shifted.mul(-NEGATIVE);
        }
    }

    /**
     * Softmax over the last axis that gives masked positions exactly zero weight.
     *
     * <p>{@code p = softmax(s + (1 − mask)·(−10⁹)) ⊙ mask}. A row with no allowed position comes
     * out all zeros rather than NaN (PyTorch gives NaN for an all −∞ row).
     *
     * @param scores (…, K), e.g. (B, Q, K) or (B, H, Q, K)
     * @param mask 1/0 (or true/false), broadcastable to {@code scores}, e.g. (B, 1, K) or (Q, K)
     * @return scores' shape; each row sums to 1 over its allowed positions
     */
    public static NDArray maskedSoftmax(NDArray scores, NDArray mask) {
        try (NDArray m = mask.toType(DataType.FLOAT32, true);
                NDArray bias = additive(m);
                NDArray biased = scores.add(bias);
                NDArray p = biased.softmax(-1)) {
            return p.mul(m);
        }
    }

    /**
     * Softmax of attention scores under the causal mask: query i attends to keys 0…i.
     *
     * <p>{@code p = maskedSoftmax(s, causal(T))}
     *
     * @param scores (…, T, T): (T, T), (B, T, T) or (B, H, T, T)
     * @return the same shape, zero above the diagonal
     */
    public static NDArray causalSoftmax(NDArray scores) {
        Shape s = scores.getShape();
        int d = s.dimension();
        if (d < 2 || s.get(d - 1) != s.get(d - 2)) {
            throw new IllegalArgumentException("causalSoftmax wants (..., T, T), got " + s);
        }
        try (NDArray mask = causal(scores.getManager(), (int) s.get(d - 1))) {
            return maskedSoftmax(scores, mask);
        }
    }
}
