package dltutor.dl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import dltutor.runtime.Display;
import dltutor.runtime.DjlRuntime;
import java.util.List;

/**
 * Looking inside a model and the engine: a layer-by-layer summary, the parameter count, and how
 * many native arrays are alive.
 *
 * <p>Parameter counts are the first number of every paper since LeNet-5 (LeCun et al., 1998, 60
 * thousand) through AlexNet (Krizhevsky, Sutskever and Hinton, 2012, 60 million) to GPT-3 (Brown et
 * al., 2020, 175 billion); FLOPs per forward pass are the compute side of the same story (Kaplan et
 * al., "Scaling Laws for Neural Language Models", 2020, arXiv:2001.08361, estimate training compute
 * as C ≈ 6·N·D for N parameters and D tokens). Use the summary to check shapes layer by layer
 * before training, and to compare models' sizes and costs.
 *
 * <p>Shapes: input shapes are batch first, e.g. (1, 784) or (1, 1, 28, 28).
 */
public final class Inspect {

    private static NDManager system;

    private Inspect() {}

    /**
     * Prints a table of the block's layers for an input of the given shape: layer (name and type,
     * indented by nesting), output shape, parameters, and approximate FLOPs (2 per multiply-add of
     * Linear and convolution layers), then the totals. An uninitialised block is initialised for
     * this shape on the session's manager.
     *
     * @param inputShapes batch first, e.g. {@code new Shape(1, 784)} or {@code new Shape(1, 1, 28,
     *     28)}
     */
    public static void summary(Block block, Shape... inputShapes) {
        System.out.print(summaryText(block, inputShapes));
        System.out.flush();
    }

    /** {@link #summary} as text. */
    public static String summaryText(Block block, Shape... inputShapes) {
        if (!block.isInitialized()) {
            block.initialize(DjlRuntime.manager(), DataType.FLOAT32, inputShapes);
        }
        List<ModelSummary.Row> rows = ModelSummary.rows(block, inputShapes);
        return ModelSummary.render(block, rows, Display.unicode());
    }

    /**
     * Approximate FLOPs of one forward pass for inputs of these shapes (batch included), counting a
     * multiply-add of Linear and convolution layers as 2, as {@link #summary} does. Training costs
     * about three times this per step: the backward pass computes a gradient for the inputs and one
     * for the weights of every layer, each as large as the forward product (the {@code C ≈ 6·N·D}
     * of Kaplan et al. is the same rule: 2 for the forward, 4 for the backward, per parameter and
     * token). An uninitialised block is initialised for the shapes.
     */
    public static long forwardFlops(Block block, Shape... inputShapes) {
        if (!block.isInitialized()) {
            block.initialize(DjlRuntime.manager(), DataType.FLOAT32, inputShapes);
        }
        List<ModelSummary.Row> rows = ModelSummary.rows(block, inputShapes);
        return rows.isEmpty() ? 0 : rows.get(0).flops();
    }

    /**
     * The number of values in the block's parameters (a parameter shared by two layers counts
     * once). The block must be initialised.
     *
     * <p>Linear(in → out): {@code in·out + out}; Conv2d: {@code C_out·(C_in/groups)·k_h·k_w +
     * C_out}
     */
    public static long parameterCount(Block block) {
        return ModelSummary.parameterCount(block);
    }

    /**
     * How many native arrays are alive in the engine right now, whoever owns them. Watching it over
     * repeated runs shows whether memory stays flat.
     */
    public static long liveArrays() {
        return systemManager().getManagedArrays().size();
    }

    /** The bytes held by the live native arrays (gradients not included). */
    public static long liveBytes() {
        long bytes = 0;
        for (NDArray a : systemManager().getManagedArrays()) {
            bytes += a.size() * a.getDataType().getNumOfBytes();
        }
        return bytes;
    }

    /** The engine's root manager: the parent of every base manager. */
    private static synchronized NDManager systemManager() {
        if (system == null) {
            try (NDManager probe = NDManager.newBaseManager()) {
                system = probe.getParentManager();
            }
        }
        return system;
    }
}
