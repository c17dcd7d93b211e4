package dltutor.dl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;

/**
 * Drawing from a categorical distribution, how language models generate text one token at a time.
 * DJL's {@code randomMultinomial} is not implemented on PyTorch; these use the engine's uniform
 * generator, so {@code seed(...)} makes them repeatable.
 *
 * <p>The Gumbel-max trick (Gumbel, 1954; Maddison, Tarlow and Minka, "A* Sampling", 2014): adding
 * independent Gumbel noise to the logits and taking the argmax draws exactly from {@code
 * softmax(logits)}. Temperature (Ackley, Hinton and Sejnowski, 1985) sharpens (< 1) or flattens (>
 * 1) the distribution; top-k sampling (Fan, Lewis and Dauphin, 2018, arXiv:1805.04833) keeps only
 * the k most likely tokens.
 */
public final class Sampling {

    private static final float TINY = 1e-20f;

    private Sampling() {}

    /** One draw per row from {@code softmax(logits)}; see {@link #sample(NDArray, double, int)}. */
    public static NDArray sample(NDArray logits) {
        return sample(logits, 1, 0);
    }

    /**
     * One draw per row from {@code softmax(logits / temperature)}, among the {@code topK} largest
     * logits when {@code topK > 0}.
     *
     * <p>{@code i = argmaxⱼ (zⱼ / τ + gⱼ)}, {@code gⱼ = −log(−log uⱼ)}, {@code uⱼ ~ U(0, 1)};
     * temperature 0 means greedy: {@code argmaxⱼ zⱼ}.
     *
     * @param logits (…, V) unnormalised scores, e.g. (B, V) for the last position of each sequence
     * @param temperature τ ≥ 0
     * @param topK keep only this many largest logits (0 keeps all)
     * @return (…) int64 indices into the last axis
     */
    public static NDArray sample(NDArray logits, double temperature, int topK) {
        if (temperature < 0 || Double.isNaN(temperature)) {
            throw new IllegalArgumentException("temperature must be ≥ 0: " + temperature);
        }
        try (NDArray kept = topK > 0 ? topK(logits, topK) : logits.duplicate()) {
            if (temperature == 0) {
                return kept.argMax(-1);
            }
            try (NDArray u = logits.getManager().randomUniform(TINY, 1f, logits.getShape());
                    NDArray logU = u.log();
                    NDArray negLogU = logU.neg();
                    NDArray logNegLogU = negLogU.log();
                    NDArray scaled = kept.div((float) temperature);
                    NDArray perturbed = scaled.sub(logNegLogU)) { // z/τ + g, g = −log(−log u)
                return perturbed.argMax(-1);
            }
        }
    }

    /**
     * The logits with all but the {@code k} largest in each row pushed to −10⁹ (ties with the k-th
     * value are kept).
     *
     * @param logits (…, V)
     * @return (…, V)
     */
    public static NDArray topK(NDArray logits, int k) {
        long v = logits.getShape().get(logits.getShape().dimension() - 1);
        if (k >= v) {
            return logits.duplicate();
        }
        NDList top = logits.topK(k, -1, true, true); // values (…, k), sorted
        try (top;
                NDArray kth = top.get(0).get(new NDIndex("..., -1:")); // (…, 1)
                NDArray below = logits.lt(kth);
                NDArray penalty = below.toType(DataType.FLOAT32, false).mul(Masks.NEGATIVE)) {
            return logits.add(penalty);
        }
    }

    /**
     * One draw per row from explicit probabilities, by inverting the cumulative distribution: the
     * first index whose running sum exceeds a uniform number.
     *
     * <p>{@code i = #{j : Σ_{k≤j} pₖ < u·Σp}}, {@code u ~ U(0, 1)}
     *
     * @param probabilities (…, V), non-negative, need not sum to exactly 1
     * @return (…) int64 indices
     */
    public static NDArray fromProbabilities(NDArray probabilities) {
        int last = probabilities.getShape().dimension() - 1;
        long v = probabilities.getShape().get(last);
        try (NDArray cdf = probabilities.cumSum(last); // (…, V)
                NDArray total = cdf.get(new NDIndex("..., -1:")); // (…, 1)
                NDArray u = probabilities.getManager().randomUniform(0f, 1f, total.getShape());
                NDArray threshold = u.mul(total);
                NDArray below = cdf.lt(threshold); // (…, V)
                NDArray count = below.toType(DataType.INT64, false).sum(new int[] {last})) {
            return count.minimum(v - 1); // guards against rounding at the very top
        }
    }
}
