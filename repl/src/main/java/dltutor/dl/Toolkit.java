package dltutor.dl;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dltutor.data.CharTokenizer;
import dltutor.data.Datasets;
import dltutor.data.FashionMnist;
import dltutor.data.FirstNames;
import dltutor.data.SequencePairs;
import dltutor.data.ShapeImages;
import dltutor.data.Sotu;
import dltutor.data.Split;
import dltutor.data.WordTokenizer;
import ai.djl.ndarray.NDList;
import java.util.Random;
import java.util.function.ToDoubleFunction;

/**
 * What every session imports statically: {@code import static dltutor.dl.Toolkit.*}. Small
 * helpers so that lessons spend their lines on the idea, not on plumbing.
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
                NDArray g = a.getGradient();
                g.subi(g);
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
     * Starts a terminal chart; add series, then {@code show()}:
     * {@code plot("loss").line("train", losses).show()}.
     */
    public static Plot plot(String title) {
        return new Plot(title);
    }

    /**
     * Draws the regions where a 2-D classifier's {@code score} is at least {@code threshold}
     * (shaded) or below it (blank), with the data points on top, and counts the points on the
     * right side.
     *
     * @param score the model, from a point {@code {x0, x1}} to a score
     */
    public static void showBoundary(String title, ToDoubleFunction<double[]> score, double threshold, Points data) {
        int cols = Math.max(30, Math.min(72, Display.width() - 4));
        System.out.print(Boundary.render(title, score, threshold, data, cols, 20, Display.ansi(), Display.unicode()));
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
}
