package dltutor.dl;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.dataset.Dataset;
import ai.djl.training.loss.Loss;
import dltutor.data.CharTokenizer;
import dltutor.data.Datasets;
import dltutor.data.FashionMnist;
import dltutor.data.FirstNames;
import dltutor.data.Points;
import dltutor.data.SequencePairs;
import dltutor.data.ShapeImages;
import dltutor.data.Sotu;
import dltutor.data.Split;
import dltutor.data.WordTokenizer;
import dltutor.render.ColorMode;
import dltutor.runtime.Display;
import dltutor.runtime.DjlRuntime;
import dltutor.runtime.Stop;
import java.util.Random;
import java.util.function.ToDoubleFunction;

/**
 * What every session imports statically: {@code import static dltutor.dl.Toolkit.*}. Small helpers
 * so that lessons spend their lines on the idea, not on plumbing.
 */
public final class Toolkit {
    private static Random random = new Random(0);

    private Toolkit() {}

    /** The session's tensor manager; it owns every array the learner creates. */
    public static NDManager manager() {
        return DjlRuntime.manager();
    }

    /** The device arrays live on (the GPU when there is one, else the CPU). */
    public static Device device() {
        return DjlRuntime.device();
    }

    /**
     * Makes runs reproducible: seeds the engine's generator and the Java generator returned by
     * {@link #rng()}.
     */
    public static void seed(long seed) {
        Engine.getInstance().setRandomSeed((int) seed);
        random = new Random(seed);
    }

    /** The session's seeded Java random generator. */
    public static Random rng() {
        return random;
    }

    /** Whether the learner pressed Ctrl-C; training loops check this between steps. */
    public static boolean stopRequested() {
        return Stop.requested();
    }

    /** The values of an array of any shape, flattened, as doubles. */
    public static double[] toDoubles(NDArray a) {
        return a.toType(ai.djl.ndarray.types.DataType.FLOAT64, false).toDoubleArray();
    }

    /** The single value of a one-element array. */
    public static double scalar(NDArray a) {
        return toDoubles(a)[0];
    }

    /**
     * Sets the gradients of these arrays to zero. PyTorch adds each backward pass's gradient to
     * what is already there, so a hand-written training loop zeroes them before every step.
     */
    public static void zeroGrad(NDArray... arrays) {
        for (NDArray a : arrays) {
            if (a.hasGradient()) {
                Shims.zeroGradient(a); // NaN included (g − g would keep it)
            }
        }
    }

    /** An array's shape as a {@code long[]} (handy in checks). */
    public static long[] shapeOf(NDArray a) {
        return a.getShape().getShape();
    }

    /** {@code n} evenly spaced values from {@code from} to {@code to}, inclusive. */
    public static double[] linspace(double from, double to, int n) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = n == 1 ? from : from + (to - from) * i / (n - 1);
        }
        return out;
    }

    /**
     * Starts a terminal chart; add series, then {@code show()}: {@code plot("loss").line("train",
     * losses).show()}.
     */
    public static Plot plot(String title) {
        return new Plot(title);
    }

    /**
     * Draws the regions where a 2-D classifier's {@code score} is at least {@code threshold}
     * (shaded) or below it (blank), with the data points on top, and counts the points on the right
     * side.
     *
     * @param score the model, from a point {@code {x0, x1}} to a score
     */
    public static void showBoundary(
            String title, ToDoubleFunction<double[]> score, double threshold, Points data) {
        int cols = Math.max(30, Math.min(72, Display.width() - 4));
        System.out.print(
                Boundary.render(
                        title,
                        score,
                        threshold,
                        data,
                        cols,
                        20,
                        Display.ansi(),
                        Display.unicode()));
        System.out.flush();
    }

    // ---- data: everything in dltutor.data.Datasets, under the same names -----------------

    /** Every available Fashion-MNIST image of a split; see {@link Datasets#fashionMnist(Split)}. */
    public static FashionMnist fashionMnist(Split split) {
        return Datasets.fashionMnist(split);
    }

    /** At most {@code limit} Fashion-MNIST images of a split, the same number per class. */
    public static FashionMnist fashionMnist(Split split, int limit) {
        return Datasets.fashionMnist(split, limit);
    }

    /** The checked-in State of the Union addresses with year, president and party. */
    public static Sotu sotu() {
        return Datasets.sotu();
    }

    /** English first names with a character vocabulary that has start and end tokens. */
    public static FirstNames firstNames() {
        return Datasets.firstNames();
    }

    /** A character tokenizer over the characters of {@code text}. */
    public static CharTokenizer charTokenizer(String text, String... specialTokens) {
        return Datasets.charTokenizer(text, specialTokens);
    }

    /** A word tokenizer keeping words seen at least {@code minCount} times. */
    public static WordTokenizer wordTokenizer(String text, int minCount, String... specialTokens) {
        return Datasets.wordTokenizer(text, minCount, specialTokens);
    }

    /** The four points of XOR, labelled 0/1: the problem a single layer cannot solve. */
    public static Points xor() {
        return Datasets.xor();
    }

    /** {@code n} noisy XOR points. */
    public static Points xor(int n, double noise, long seed) {
        return Datasets.xor(n, noise, seed);
    }

    /** Two interleaving half-moons: a classic problem no straight line separates. */
    public static Points moons(int n, double noise, long seed) {
        return Datasets.moons(n, noise, seed);
    }

    /** Interleaved spiral arms, one class per arm. */
    public static Points spirals(int classes, int perClass, double noise, long seed) {
        return Datasets.spirals(classes, perClass, noise, seed);
    }

    /** Gaussian blobs on a ring of radius 2, one class per blob. */
    public static Points gaussianMixture(int components, int perComponent, double std, long seed) {
        return Datasets.gaussianMixture(components, perComponent, std, seed);
    }

    /** Points as arrays: (N, 2) float32 inputs and (N) int32 labels. */
    public static NDList toArrays(Points points) {
        return Datasets.toArrays(points);
    }

    /** Sequences to copy. */
    public static SequencePairs copyTask(int n, int minLength, int maxLength, long seed) {
        return Datasets.copyTask(n, minLength, maxLength, seed);
    }

    /** Sequences to reverse. */
    public static SequencePairs reverseTask(int n, int minLength, int maxLength, long seed) {
        return Datasets.reverseTask(n, minLength, maxLength, seed);
    }

    /** Additions written as text, e.g. {@code "407+58" → "465"}. */
    public static SequencePairs additionTask(int n, int maxDigits, long seed) {
        return Datasets.additionTask(n, maxDigits, seed);
    }

    /** Dates in several human formats to translate into ISO form. */
    public static SequencePairs dateTask(int n, long seed) {
        return Datasets.dateTask(n, seed);
    }

    /** Images of circles, squares and triangles with segmentation masks. */
    public static ShapeImages shapes(int n, int size, long seed) {
        return Datasets.shapes(n, size, seed);
    }

    // ---- training, evaluation, inspection, pictures and shims (see the classes named) -----
    /** Trains {@code block} on arrays with a live progress line; see {@link Training}. */
    public static History fit(Block block, NDArray x, NDArray y, FitConfig config) {
        return Training.fit(block, x, y, config);
    }

    /** Trains {@code block} on a dataset; see {@link Training}. */
    public static History fit(Block block, Dataset train, FitConfig config) {
        return Training.fit(block, train, config);
    }

    /** Trains with Adam defaults for some epochs; see {@link Training}. */
    public static History fit(Block block, NDArray x, NDArray y, Loss loss, int epochs) {
        return Training.fit(block, x, y, loss, epochs);
    }

    /** A training configuration to fill in: {@code fitConfig(loss).optEpochs(3).build()}. */
    public static FitConfig.Builder fitConfig(Loss loss) {
        return Training.config(loss);
    }

    /** Plots several training runs' losses together. */
    public static void compare(History... runs) {
        History.compare(runs);
    }

    /** The block's outputs for {@code x}, in inference mode. */
    public static NDArray predict(Block block, NDArray x) {
        return Evaluation.predict(block, x);
    }

    /**
     * One forward pass on {@code x} (training or inference mode), differentiable; see {@link
     * Evaluation#forward}.
     */
    public static NDArray forward(Block block, NDArray x, boolean training) {
        return Evaluation.forward(block, x, training);
    }

    /** The block's outputs for {@code x}, computed in batches. */
    public static NDArray predict(Block block, NDArray x, int batchSize) {
        return Evaluation.predict(block, x, batchSize);
    }

    /** The predicted class of each example (argmax of the outputs). */
    public static int[] predictClasses(Block block, NDArray x) {
        return Evaluation.predictClasses(block, x);
    }

    /** The share of rows whose argmax equals the label. */
    public static double accuracy(NDArray predictions, NDArray labels) {
        return Evaluation.accuracy(predictions, labels);
    }

    /** The block's accuracy on (x, y). */
    public static double accuracy(Block block, NDArray x, NDArray y) {
        return Evaluation.accuracy(block, x, y);
    }

    /** Counts of (actual, predicted) class pairs. */
    public static int[][] confusionMatrix(Block block, NDArray x, NDArray y) {
        return Evaluation.confusionMatrix(block, x, y);
    }

    /** Counts of (actual, predicted) class pairs. */
    public static int[][] confusionMatrix(int[] actual, int[] predicted, int classes) {
        return Evaluation.confusionMatrix(actual, predicted, classes);
    }

    /** Each class's accuracy, from a confusion matrix. */
    public static double[] perClassAccuracy(int[][] confusion) {
        return Evaluation.perClassAccuracy(confusion);
    }

    /** Draws a confusion matrix as a heatmap. */
    public static void showConfusion(int[][] confusion, String... classNames) {
        Evaluation.showConfusion(confusion, classNames);
    }

    /** Prints each layer's output shape, parameters and approximate FLOPs. */
    public static void summary(Block block, Shape... inputShapes) {
        Inspect.summary(block, inputShapes);
    }

    /** The number of parameters (initialise the block first). */
    public static long parameterCount(Block block) {
        return Inspect.parameterCount(block);
    }

    /** How many arrays the session's manager holds (to spot leaks). */
    public static long liveArrays() {
        return Inspect.liveArrays();
    }

    /** Draws an image (H, W), (1, H, W) or (3, H, W) in the terminal. */
    public static void showImage(NDArray image) {
        Pictures.showImage(image);
    }

    /** Draws an image with a given colour mode. */
    public static void showImage(NDArray image, ColorMode mode) {
        Pictures.showImage(image, mode);
    }

    /** Draws a grid of images (N, C, H, W) with optional labels. */
    public static void showImages(NDArray images, int columns, String... labels) {
        Pictures.showImages(images, columns, labels);
    }

    /** Draws a grid of images labelled with class names. */
    public static void showImages(
            NDArray images, NDArray labels, String[] classNames, int columns) {
        Pictures.showImages(images, labels, classNames, columns);
    }

    /**
     * Draws pictures, their true masks and predicted masks side by side; see {@link
     * Pictures#showSegmentation}.
     */
    public static void showSegmentation(
            NDArray images, NDArray masks, NDArray predicted, int count) {
        Pictures.showSegmentation(images, masks, predicted, count);
    }

    /** Draws a matrix as a heatmap (attention maps, confusion matrices). */
    public static void showHeatmap(
            String title, NDArray matrix, String[] rowLabels, String[] columnLabels) {
        Pictures.showHeatmap(title, matrix, rowLabels, columnLabels);
    }

    /** Draws a matrix as a heatmap. */
    public static void showHeatmap(
            String title, double[][] matrix, String[] rowLabels, String[] columnLabels) {
        Pictures.showHeatmap(title, matrix, rowLabels, columnLabels);
    }

    /** Draws a histogram of the values. */
    public static void showHistogram(String title, NDArray values, int bins) {
        Pictures.showHistogram(title, values, bins);
    }

    /** Draws a histogram of the values. */
    public static void showHistogram(String title, double[] values, int bins) {
        Pictures.showHistogram(title, values, bins);
    }

    /** Saves an image grid as a PNG file. */
    public static void saveImages(
            String path, NDArray images, int columns, int scale, String... labels) {
        Pictures.saveImages(path, images, columns, scale, labels);
    }

    /** Saves a heatmap as a PNG file. */
    public static void saveHeatmap(
            String path, String title, NDArray matrix, String[] rowLabels, String[] columnLabels) {
        Pictures.saveHeatmap(path, title, matrix, rowLabels, columnLabels);
    }

    /** Saves training runs' loss curves as a PNG file. */
    public static void savePlot(String path, History... runs) {
        Pictures.savePlot(path, runs);
    }

    /** Chooses how images are coloured in the terminal. */
    public static void setColorMode(ColorMode mode) {
        Pictures.setColorMode(mode);
    }

    /**
     * Nearest-neighbour 2× upsampling of (N, C, H, W) (the engine has no transposed convolution).
     */
    public static NDArray upsample2x(NDArray x) {
        return Shims.upsample2x(x);
    }

    /** The mean over several axes (the engine reduces one axis at a time). */
    public static NDArray mean(NDArray x, int... axes) {
        return Shims.mean(x, axes);
    }

    /** The mean over several axes, optionally keeping them as size 1. */
    public static NDArray mean(NDArray x, boolean keepDims, int... axes) {
        return Shims.mean(x, keepDims, axes);
    }

    /** The (biased) variance over several axes. */
    public static NDArray variance(NDArray x, int... axes) {
        return Shims.variance(x, axes);
    }

    /** The (biased) variance over several axes, optionally keeping them. */
    public static NDArray variance(NDArray x, boolean keepDims, int... axes) {
        return Shims.variance(x, keepDims, axes);
    }

    /**
     * Scales all gradients down so their global L2 norm is at most {@code maxNorm}; returns the
     * norm before.
     */
    public static double clipGradNorm(Block block, double maxNorm) {
        return Shims.clipGradNorm(block, maxNorm);
    }

    /** The global L2 norm of the block's gradients. */
    public static double gradNorm(Block block) {
        return Shims.gradNorm(block);
    }

    /** Sets every gradient of the block to zero. */
    public static void zeroGradients(Block block) {
        Shims.zeroGradients(block);
    }

    /** A (T, T) mask that lets position i see positions ≤ i. */
    public static NDArray causalMask(NDManager manager, int t) {
        return Masks.causal(manager, t);
    }

    /** A (B, T) mask of the valid (non-padding) positions. */
    public static NDArray paddingMask(NDArray validLengths, int t) {
        return Masks.fromLengths(validLengths, t);
    }

    /** Softmax over the last axis where the mask is 1; fully masked rows give zeros. */
    public static NDArray maskedSoftmax(NDArray scores, NDArray mask) {
        return Masks.maskedSoftmax(scores, mask);
    }

    /** Softmax over the last axis with a causal mask. */
    public static NDArray causalSoftmax(NDArray scores) {
        return Masks.causalSoftmax(scores);
    }

    /** One class index per row, drawn from softmax(logits). */
    public static NDArray sample(NDArray logits) {
        return Sampling.sample(logits);
    }

    /** Sampling with a temperature and, if topK > 0, only among the k best. */
    public static NDArray sample(NDArray logits, double temperature, int topK) {
        return Sampling.sample(logits, temperature, topK);
    }

    /** One index per row drawn from given probabilities. */
    public static NDArray sampleFromProbabilities(NDArray probabilities) {
        return Sampling.fromProbabilities(probabilities);
    }
}
