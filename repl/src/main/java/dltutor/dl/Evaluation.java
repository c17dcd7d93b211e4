package dltutor.dl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import dltutor.render.ColorMode;
import dltutor.render.Heatmap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Measuring a trained classifier: predictions in batches, accuracy, the confusion matrix and
 * accuracy per class.
 *
 * <p>The confusion matrix (Kohavi and Provost's glossary, 1998, after Pearson's contingency tables)
 * counts, for each true class (row), how often each class was predicted (column): the diagonal
 * holds the hits, and the large off-diagonal cells say which classes the model mixes up, e.g.
 * shirts and T-shirts in Fashion-MNIST.
 *
 * <p>Use them after {@code fit}: accuracy for the headline number, the confusion matrix and
 * per-class accuracy to see where the errors are, {@code predict} to run a trained model on many
 * examples without running out of memory.
 *
 * <p>Predictions are read as logits: with several outputs per example the class is the {@code
 * argmax}; with one output (or the same shape as the labels) it is class 1 when the logit is
 * positive, as with {@code Loss.sigmoidBinaryCrossEntropyLoss()}.
 */
public final class Evaluation {

    private static final int BATCH = 256;

    private Evaluation() {}

    /**
     * The block's outputs for every row of {@code x}, computed {@code batchSize} rows at a time in
     * inference mode (dropout off, batch norm using its running statistics).
     *
     * @param x (N, …) inputs
     * @return (N, …) outputs, attached to x's manager
     */
    public static NDArray predict(Block block, NDArray x, int batchSize) {
        if (!block.isInitialized()) {
            throw new IllegalStateException(
                    "the block is not initialised yet: train it with fit(...) "
                            + "or call block.initialize(manager(), DataType.FLOAT32, shape)");
        }
        long n = x.getShape().get(0);
        try (NDManager collect = x.getManager().newSubManager()) {
            List<NDArray> parts = new ArrayList<>();
            ParameterStore store = new ParameterStore(collect, false);
            for (long start = 0; start < n; start += batchSize) {
                try (NDManager step = collect.newSubManager()) {
                    NDArray xb =
                            x.get(new NDIndex().addSliceDim(start, Math.min(n, start + batchSize)));
                    xb.attach(step);
                    NDArray out = block.forward(store, new NDList(xb), false).head();
                    out.attach(collect);
                    parts.add(out);
                }
            }
            NDArray all = parts.size() == 1 ? parts.get(0) : NDArrays.concat(new NDList(parts), 0);
            all.attach(x.getManager());
            return all;
        }
    }

    /**
     * One forward pass of {@code block} on one input array, returning its (first) output: the call
     * a hand-written training step or a check makes, without the {@code ParameterStore} and {@code
     * NDList} plumbing of {@code Block.forward}.
     *
     * <p>{@code training} picks the mode: true as in a training step (dropout drops, batch norm
     * uses and updates batch statistics), false for inference. Unlike {@link #predict}, it runs the
     * whole input at once and records the autograd graph when a {@code GradientCollector} is open,
     * so its output can be differentiated. As in DJL, a training-mode pass initialises a block that
     * is not initialised yet; an inference pass through uninitialised parameters is refused.
     *
     * @param x (N, …) the block's input
     * @return the block's output, e.g. (N, classes)
     */
    public static NDArray forward(Block block, NDArray x, boolean training) {
        if (!training && !block.isInitialized() && !block.getParameters().isEmpty()) {
            throw new IllegalStateException(
                    "the block is not initialised yet: call "
                            + "block.initialize(manager(), DataType.FLOAT32, x.getShape()) or train it with fit(...)");
        }
        return block.forward(new ParameterStore(x.getManager(), false), new NDList(x), training)
                .head();
    }

    /** {@link #predict(Block, NDArray, int)} in batches of 256. */
    public static NDArray predict(Block block, NDArray x) {
        return predict(block, x, BATCH);
    }

    /** The predicted class of every row of {@code x}. */
    public static int[] predictClasses(Block block, NDArray x) {
        try (NDArray out = predict(block, x);
                NDArray classes = classes(out, null)) {
            return classes.toType(DataType.INT32, false).toIntArray();
        }
    }

    /**
     * The fraction of examples whose predicted class equals the label.
     *
     * <p>{@code accuracy = (1/N) Σᵢ [ŷᵢ = yᵢ]}
     *
     * @param predictions (N, C) logits, or (N) / (N, 1) binary logits
     * @param labels (N) or (N, 1) class indices (any numeric type)
     */
    public static double accuracy(NDArray predictions, NDArray labels) {
        long n = labels.getShape().dimension() == 0 ? 1 : labels.getShape().get(0);
        return n == 0 ? Double.NaN : correct(predictions, labels) / (double) n;
    }

    /** The accuracy of {@code block} on inputs {@code x} with labels {@code y}. */
    public static double accuracy(Block block, NDArray x, NDArray y) {
        try (NDArray out = predict(block, x)) {
            return accuracy(out, y);
        }
    }

    /** How many predictions match their labels (one number read back from the engine). */
    static long correct(NDArray predictions, NDArray labels) {
        try (NDArray classes = classes(predictions, labels);
                NDArray expected =
                        labels.toType(classes.getDataType(), true).reshape(classes.getShape());
                NDArray hits = classes.eq(expected);
                NDArray count = hits.toType(DataType.INT64, false).sum()) {
            return count.toLongArray()[0];
        }
    }

    /** Argmax over the last axis, or {@code logit > 0} for binary outputs. */
    private static NDArray classes(NDArray predictions, NDArray labels) {
        Shape p = predictions.getShape();
        boolean binary =
                p.dimension() == 0
                        || p.get(p.dimension() - 1) == 1
                        || (labels != null && labels.getShape().equals(p) && p.dimension() == 1);
        if (binary) {
            try (NDArray positive = predictions.gt(0)) {
                return positive.toType(DataType.INT64, false).reshape(-1);
            }
        }
        return predictions.argMax(-1);
    }

    /**
     * Counts of (true class, predicted class) pairs.
     *
     * @param actual the true classes
     * @param predicted the predicted classes, as many
     * @param classes the number of classes C
     * @return {@code [C][C]}, row = true class, column = predicted class
     */
    public static int[][] confusionMatrix(int[] actual, int[] predicted, int classes) {
        if (actual.length != predicted.length) {
            throw new IllegalArgumentException(
                    actual.length + " labels but " + predicted.length + " predictions");
        }
        int[][] m = new int[classes][classes];
        for (int i = 0; i < actual.length; i++) {
            if (actual[i] < 0
                    || actual[i] >= classes
                    || predicted[i] < 0
                    || predicted[i] >= classes) {
                throw new IllegalArgumentException(
                        "class out of range 0.."
                                + (classes - 1)
                                + " at example "
                                + i
                                + ": true "
                                + actual[i]
                                + ", predicted "
                                + predicted[i]);
            }
            m[actual[i]][predicted[i]]++;
        }
        return m;
    }

    /**
     * The confusion matrix of {@code block} on {@code x}, {@code y} (classes = largest label or
     * prediction + 1).
     */
    public static int[][] confusionMatrix(Block block, NDArray x, NDArray y) {
        int[] predicted = predictClasses(block, x);
        int[] actual = y.toType(DataType.INT32, true).toIntArray();
        int classes =
                Math.max(
                                Arrays.stream(actual).max().orElse(0),
                                Arrays.stream(predicted).max().orElse(0))
                        + 1;
        return confusionMatrix(actual, predicted, classes);
    }

    /**
     * For each true class, the fraction of its examples predicted correctly (the recall of that
     * class): {@code m[c][c] / Σⱼ m[c][j]}; NaN for a class with no examples.
     */
    public static double[] perClassAccuracy(int[][] confusion) {
        double[] out = new double[confusion.length];
        for (int c = 0; c < confusion.length; c++) {
            long total = 0;
            for (int v : confusion[c]) {
                total += v;
            }
            out[c] = total == 0 ? Double.NaN : confusion[c][c] / (double) total;
        }
        return out;
    }

    /** Prints the confusion matrix as an annotated heatmap, then the accuracy of each class. */
    public static void showConfusion(int[][] confusion, String... classNames) {
        System.out.print(renderConfusion(confusion, Pictures.colorMode(), classNames));
        System.out.flush();
    }

    /** {@link #showConfusion} as text. */
    static String renderConfusion(int[][] confusion, ColorMode mode, String... classNames) {
        int c = confusion.length;
        double[][] values = new double[c][c];
        List<String> names = new ArrayList<>();
        for (int i = 0; i < c; i++) {
            for (int j = 0; j < c; j++) {
                values[i][j] = confusion[i][j];
            }
            names.add(i < classNames.length ? classNames[i] : String.valueOf(i));
        }
        StringBuilder sb =
                new StringBuilder(
                        Heatmap.builder(values)
                                .rowLabels(names)
                                .columnLabels(names)
                                .title("confusion matrix: rows = true class, columns = predicted")
                                .annotate(true)
                                .colorMode(mode)
                                .build()
                                .render());
        double[] per = perClassAccuracy(confusion);
        long hits = 0;
        long total = 0;
        for (int i = 0; i < c; i++) {
            hits += confusion[i][i];
            for (int v : confusion[i]) {
                total += v;
            }
        }
        sb.append(
                String.format(
                        Locale.ROOT,
                        "accuracy %.1f%% (%d of %d); per class:",
                        100.0 * hits / Math.max(1, total),
                        hits,
                        total));
        for (int i = 0; i < c; i++) {
            sb.append(String.format(Locale.ROOT, "  %s %.1f%%", names.get(i), 100 * per[i]));
        }
        return sb.append('\n').toString();
    }
}
