package dltutor.dl;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.convolutional.Convolution;
import ai.djl.nn.core.Linear;
import ai.djl.util.Pair;

/**
 * Counts the floating-point operations of one forward pass through an initialised model from its
 * structure and an input shape: no timing, no training. The per-layer table is {@code
 * summary(block, shape)}.
 *
 * <p>The convention is the one papers use when they quote a model's compute (Kaplan et al. 2020;
 * Chowdhery et al. 2022, appendix B): one multiply–add is 2 FLOPs, and only the matrix products
 * count. Everything else (biases, activations, normalisation, pooling) grows with the activations'
 * size only and is small beside the products, so it is left out.
 *
 * <ul>
 *   <li>{@code Linear} with {@code in} inputs and {@code out} units: {@code 2·in·out} per row (a
 *       row is one example, or one position of a sequence).
 *   <li>A convolution with {@code C} input channels, {@code g} groups and a {@code k₁×k₂} kernel:
 *       {@code 2·(C/g)·k₁·k₂} per output element, over every filter and output position.
 * </ul>
 *
 * <p>A {@code SequentialBlock} passes each child the shape the previous one produced; any other
 * container is counted at the shapes its children were initialised with. A layer with parameters
 * that is neither {@code Linear} nor a convolution (an LSTM, an embedding, a hand-written block
 * with its own weights) cannot be counted this way: {@link #forward} throws, naming it. Training
 * costs about three forward passes: the backward pass does two products for each forward product
 * (the gradient with respect to the input and with respect to the weight).
 */
public final class Flops {

    private Flops() {}

    /**
     * The FLOPs of one forward pass of {@code block} on an input of this shape (batch included).
     *
     * @throws IllegalStateException when the block is not initialised
     * @throws UnsupportedOperationException when a layer with weights cannot be counted
     */
    public static long forward(Block block, Shape input) {
        if (!block.isInitialized()) {
            throw new IllegalStateException(
                    "initialise the block first (block.initialize(manager(), DataType.FLOAT32, "
                            + input
                            + ")) or train it");
        }
        String odd = uncountable(block);
        if (odd != null) {
            throw new UnsupportedOperationException(
                    "cannot count the FLOPs of "
                            + odd
                            + ": only Linear and convolution layers are counted");
        }
        return ModelSummary.rows(block, new Shape[] {input}).get(0).flops();
    }

    /** Whether {@link #forward} can count this block (every weighted layer is counted). */
    public static boolean countable(Block block) {
        return uncountable(block) == null;
    }

    /** The first layer with its own weights that is not counted, or null. */
    private static String uncountable(Block block) {
        if (block instanceof Linear || block instanceof Convolution) {
            return null;
        }
        if (!block.getDirectParameters().isEmpty()) {
            return block.getClass().getSimpleName();
        }
        for (Pair<String, Block> child : block.getChildren()) {
            String odd = uncountable(child.getValue());
            if (odd != null) {
                return odd;
            }
        }
        return null;
    }
}
