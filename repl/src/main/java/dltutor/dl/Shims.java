package dltutor.dl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.ParameterList;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stand-ins for operations that DJL's PyTorch engine lacks or gets wrong, each checked against a
 * plain-Java version in the tests. See also {@link Masks} (masked and causal softmax) and {@link
 * Sampling} (drawing tokens from a categorical distribution).
 *
 * <ul>
 *   <li>{@link #upsample2x}: {@code Conv2dTranspose} throws "Not implemented" on PyTorch.
 *   <li>{@link #clipGradNorm}: the optimizers' {@code optClipGrad} clamps only from above, so large
 *       negative gradients pass through untouched.
 *   <li>{@link #mean} and {@link #variance}: {@code mean} over several axes throws.
 *   <li>{@link #zeroGradients}: PyTorch adds every {@code backward} into the gradients;
 *       hand-written update loops must zero them.
 * </ul>
 */
public final class Shims {

    private Shims() {}

    /**
     * Doubles the height and width of a batch of feature maps by repeating each pixel in a 2×2
     * block (nearest-neighbour upsampling).
     *
     * <p>Used by the decoder half of U-Net (Ronneberger, Fischer and Brox, 2015, arXiv:1505.04597)
     * and by GAN, VAE and diffusion decoders. Odena, Dumoulin and Olah ("Deconvolution and
     * Checkerboard Artifacts", Distill 2016) showed that upsample-then-convolve avoids the
     * checkerboard patterns of transposed convolutions; follow it with a {@code Conv2d}.
     *
     * <p>{@code y[n, c, i, j] = x[n, c, ⌊i/2⌋, ⌊j/2⌋]}
     *
     * @param x (N, C, H, W)
     * @return (N, C, 2H, 2W), differentiable
     */
    public static NDArray upsample2x(NDArray x) {
        if (x.getShape().dimension() != 4) {
            throw new IllegalArgumentException(
                    "upsample2x wants (N, C, H, W), got " + x.getShape());
        }
        // A reshape plus broadcast (PyTorch's expand) makes one copy where two repeats made two,
        // and its backward pass is a plain sum over each 2×2 block.
        Shape s = x.getShape();
        long n = s.get(0), c = s.get(1), h = s.get(2), w = s.get(3);
        try (NDArray cells = x.reshape(n, c, h, 1, w, 1); // (N, C, H, 1, W, 1)
                NDArray blocks =
                        cells.broadcast(new Shape(n, c, h, 2, w, 2))) { // (N, C, H, 2, W, 2)
            return blocks.reshape(n, c, 2 * h, 2 * w); // (N, C, 2H, 2W)
        }
    }

    /**
     * The mean over several axes at once (DJL's {@code mean(int[])} throws for more than one axis
     * on PyTorch): sum over the axes, then divide by how many values were summed.
     *
     * <p>{@code mean(x) = (1/n) Σ x} over the listed axes, n = the product of their sizes. Used by
     * scratch batch norm (axes 0, 2, 3 of (N, C, H, W)) and layer norm.
     *
     * @param x any shape
     * @param keepDims keep the reduced axes with size 1 (so the result broadcasts against x)
     * @param axes the axes to average over (negative counts from the end); none means all
     * @return x's shape without (or with size 1 at) the reduced axes
     */
    public static NDArray mean(NDArray x, boolean keepDims, int... axes) {
        int[] ax = normalise(x.getShape(), axes);
        long n = 1;
        for (int a : ax) {
            n *= x.getShape().get(a);
        }
        try (NDArray sum = x.sum(ax, keepDims)) {
            return sum.div(n);
        }
    }

    /** {@link #mean(NDArray, boolean, int...)} without keeping the reduced axes. */
    public static NDArray mean(NDArray x, int... axes) {
        return mean(x, false, axes);
    }

    /**
     * The (biased, population) variance over several axes: the mean squared distance from the mean,
     * as batch norm (Ioffe and Szegedy, 2015) and layer norm (Ba, Kiros and Hinton, 2016) use it.
     *
     * <p>{@code var(x) = (1/n) Σ (x − mean(x))²}
     *
     * @param x any shape
     * @param keepDims keep the reduced axes with size 1
     * @param axes the axes to reduce (none means all)
     * @return x's shape without (or with size 1 at) the reduced axes; differentiable
     */
    public static NDArray variance(NDArray x, boolean keepDims, int... axes) {
        int[] ax = normalise(x.getShape(), axes);
        try (NDArray mu = mean(x, true, ax);
                NDArray centred = x.sub(mu);
                NDArray squared = centred.square()) {
            return mean(squared, keepDims, ax);
        }
    }

    /** {@link #variance(NDArray, boolean, int...)} without keeping the reduced axes. */
    public static NDArray variance(NDArray x, int... axes) {
        return variance(x, false, axes);
    }

    /**
     * Rescales all gradients together so that their global L2 norm is at most {@code maxNorm}, in
     * place, and returns the norm they had before.
     *
     * <p>Pascanu, Mikolov and Bengio, "On the difficulty of training recurrent neural networks"
     * (2013, arXiv:1211.5063): exploding gradients in RNNs are tamed by rescaling the gradient
     * vector when its norm is too large, which keeps its direction. Standard in LSTM language
     * models and Transformers (usually {@code maxNorm = 1}). Call it after {@code backward} and
     * before {@code trainer.step()}; {@code fit} does this with {@code optClipGradNorm}.
     *
     * <p>{@code ‖g‖ = √(Σₚ Σᵢ gₚᵢ²)}; if {@code ‖g‖ > maxNorm}: {@code g ← g · maxNorm / (‖g‖ +
     * 10⁻⁶)}
     *
     * @param block whose trainable parameters' gradients to clip
     * @param maxNorm the largest allowed global norm
     * @return the global norm before clipping
     */
    public static double clipGradNorm(Block block, double maxNorm) {
        return clipGradNorm(block.getParameters(), maxNorm);
    }

    /** {@link #clipGradNorm(Block, double)} over an explicit list of parameters. */
    public static double clipGradNorm(ParameterList parameters, double maxNorm) {
        return clip(parameters, maxNorm);
    }

    /**
     * The global L2 norm of all gradients, without changing them: the number to watch when
     * gradients vanish (deep sigmoid nets) or explode (long RNNs).
     *
     * <p>{@code ‖g‖ = √(Σₚ Σᵢ gₚᵢ²)}
     */
    public static double gradNorm(Block block) {
        return clip(block.getParameters(), Double.POSITIVE_INFINITY);
    }

    private static double clip(ParameterList parameters, double maxNorm) {
        if (!(maxNorm > 0)) {
            throw new IllegalArgumentException("maxNorm must be positive: " + maxNorm);
        }
        List<NDArray> grads = new ArrayList<>();
        NDList norms = new NDList();
        try {
            for (Parameter p : trainable(parameters)) {
                NDArray g = p.getArray().getGradient();
                grads.add(g);
                norms.add(g.norm());
            }
            if (grads.isEmpty()) {
                return 0;
            }
            double total;
            try (NDArray stacked = NDArrays.stack(norms);
                    NDArray norm = stacked.norm()) {
                total = norm.getFloat();
            }
            if (total > maxNorm) {
                float scale = (float) (maxNorm / (total + 1e-6));
                for (NDArray g : grads) {
                    g.muli(scale);
                }
            }
            return total;
        } finally {
            norms.close();
            grads.forEach(NDArray::close);
        }
    }

    /**
     * Sets every gradient of the block's parameters to zero. PyTorch accumulates: each {@code
     * backward} adds to what is there, so a hand-written training loop zeroes the gradients before
     * each backward pass (DJL's optimizers zero them after their update).
     */
    public static void zeroGradients(Block block) {
        for (Parameter p : trainable(block.getParameters())) {
            zeroGradient(p.getArray());
        }
    }

    /**
     * Sets one array's gradient to zero in place, NaN included: on PyTorch through {@code
     * grad.zero_()}. Subtracting the gradient from itself, as this toolkit once did, leaves a NaN
     * where there was one, so a single bad step poisoned every step after it.
     */
    public static void zeroGradient(NDArray a) {
        if (a instanceof PtNDArray pt) {
            JniUtils.zeroGrad(pt);
        } else if (a.hasGradient()) {
            try (NDArray g = a.getGradient()) {
                g.set(new float[Math.toIntExact(g.size())]); // other engines: overwrite (float32)
            }
        }
    }

    /**
     * The initialised parameters that take gradients, each once (a shared parameter counts once).
     */
    static List<Parameter> trainable(ParameterList parameters) {
        Map<Parameter, Boolean> seen = new IdentityHashMap<>();
        List<Parameter> out = new ArrayList<>();
        for (Parameter p : parameters.values()) {
            if (p.isInitialized()
                    && p.requiresGradient()
                    && p.getArray().hasGradient()
                    && seen.put(p, Boolean.TRUE) == null) {
                out.add(p);
            }
        }
        return out;
    }

    /** Axes made non-negative; none given means every axis. */
    static int[] normalise(Shape shape, int... axes) {
        int d = shape.dimension();
        if (axes.length == 0) {
            int[] all = new int[d];
            for (int i = 0; i < d; i++) {
                all[i] = i;
            }
            return all;
        }
        int[] out = new int[axes.length];
        for (int i = 0; i < axes.length; i++) {
            out[i] = axes[i] < 0 ? axes[i] + d : axes[i];
            if (out[i] < 0 || out[i] >= d) {
                throw new IllegalArgumentException(
                        "axis " + axes[i] + " out of range for shape " + shape);
            }
        }
        return out;
    }
}
