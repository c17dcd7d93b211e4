package dltutor.dl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

/**
 * The compute side of a training run: how many floating-point operations a model needs per token,
 * how many this machine can do per second, and the fraction a run achieves.
 *
 * <p>Model FLOPs utilisation (MFU) was defined for the PaLM paper (Chowdhery et al., 2022,
 * arXiv:2204.02311, appendix B): the FLOPs the model mathematically needs per second of training,
 * divided by the hardware's peak. It counts only the model's arithmetic (not recomputation, padding
 * or framework overhead), so two runs of the same model on the same machine compare fairly. Large
 * GPU trainings reach 30–60 %; small models on a busy CPU reach far less, because every tensor
 * operation also pays a fixed cost.
 *
 * <p>Training a decoder-only Transformer costs about {@code 6·N + 12·L·T·D} FLOPs per token (Kaplan
 * et al., 2020, arXiv:2001.08361; PaLM appendix B): 2 per weight for the forward multiply-add and 4
 * for the backward pass, plus the attention scores and weighted sums, which grow with the context
 * T.
 */
public final class Compute {

    private Compute() {}

    /**
     * This machine's float32 matrix-multiply speed: the best of {@code repeats} timings of an (n,
     * n)·(n, n) product, after one warm-up.
     *
     * <p>{@code peak = 2·n³ / t_best} (one multiply and one add per inner-product term)
     *
     * @param n the matrix size; 512 to 1024 measures a CPU's peak well
     * @param repeats how many timed products (the fastest counts: the others were interrupted)
     * @return FLOP/s
     */
    public static double matmulPeak(NDManager manager, int n, int repeats) {
        if (n < 1 || repeats < 1) {
            throw new IllegalArgumentException(
                    "matmulPeak needs n ≥ 1 and repeats ≥ 1: " + n + ", " + repeats);
        }
        try (NDManager scratch = manager.newSubManager()) {
            NDArray a = scratch.randomUniform(-1f, 1f, new Shape(n, n), DataType.FLOAT32);
            NDArray b = scratch.randomUniform(-1f, 1f, new Shape(n, n), DataType.FLOAT32);
            a.matMul(b).close(); // warm-up
            long best = Long.MAX_VALUE;
            for (int i = 0; i < repeats; i++) {
                long start = System.nanoTime();
                try (NDArray c = a.matMul(b)) {
                    c.getFloat(0, 0); // wait for the result
                }
                best = Math.min(best, System.nanoTime() - start);
            }
            return 2.0 * n * n * n / (Math.max(best, 1) / 1e9);
        }
    }

    /**
     * Training FLOPs per token of a decoder-only Transformer.
     *
     * <p>{@code 6·N + 12·L·T·D}
     *
     * @param parameters N, the weights used in matrix products (embeddings looked up, not
     *     multiplied, are left out)
     * @param layers L
     * @param context T, the tokens each position can attend over
     * @param width D, the model width (heads × head size)
     * @return FLOPs for one token's forward and backward pass
     */
    public static double transformerFlopsPerToken(
            long parameters, int layers, int context, int width) {
        return 6.0 * parameters + 12.0 * layers * context * width;
    }

    /**
     * Model FLOPs utilisation: achieved FLOP/s over the peak.
     *
     * <p>{@code MFU = flopsPerToken · tokensPerSecond / peak}
     *
     * @return a fraction, e.g. 0.05 for 5 %
     */
    public static double utilisation(
            double flopsPerToken, double tokensPerSecond, double peakFlopsPerSecond) {
        if (!(peakFlopsPerSecond > 0)) {
            throw new IllegalArgumentException("the peak must be positive: " + peakFlopsPerSecond);
        }
        return flopsPerToken * tokensPerSecond / peakFlopsPerSecond;
    }
}
