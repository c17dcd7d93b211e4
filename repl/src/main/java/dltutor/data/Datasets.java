package dltutor.data;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dltutor.runtime.DjlRuntime;

/**
 * Every dataset of the course behind one door: real data (Fashion-MNIST, State of the Union
 * addresses, first names), synthetic generators, and tokenizers. The toolkit's static facade
 * forwards to these methods; lessons may also call them directly.
 *
 * <p>Real sets are read from files checked into {@code datasets/} (verified against their SHA-256
 * sums; a damaged file raises {@link DatasetException}) or from a full set installed on the
 * machine. Generators are seeded and pure Java: the same seed gives the same data on every machine.
 * Arrays are made in the session's manager.
 */
public final class Datasets {
    private Datasets() {}

    // ---- real data -------------------------------------------------------------------------

    /** Every available Fashion-MNIST image of {@code split}: (N, 1, 28, 28) images, (N) labels. */
    public static FashionMnist fashionMnist(Split split) {
        return FashionMnist.load(split);
    }

    /** At most {@code limit} Fashion-MNIST images of {@code split}, the same number per class. */
    public static FashionMnist fashionMnist(Split split, int limit) {
        return FashionMnist.load(split, limit);
    }

    /** The checked-in State of the Union addresses (48, 1790–2021) with year, president, party. */
    public static Sotu sotu() {
        return Sotu.load();
    }

    /** English first names (female, male, all) with a char vocabulary that has start/end tokens. */
    public static FirstNames firstNames() {
        return FirstNames.load();
    }

    // ---- tokenizers ------------------------------------------------------------------------

    /** A char tokenizer for the characters of {@code text}, after the given special tokens. */
    public static CharTokenizer charTokenizer(String text, String... specialTokens) {
        return CharTokenizer.fit(text, specialTokens);
    }

    /**
     * A word tokenizer: lower-cased words and punctuation seen {@code minCount}+ times, and {@code
     * <unk>}.
     */
    public static WordTokenizer wordTokenizer(String text, int minCount, String... specialTokens) {
        return WordTokenizer.fit(text, minCount, specialTokens);
    }

    // ---- 2-D points ------------------------------------------------------------------------

    /** The four points of XOR. */
    public static Points xor() {
        return PointSets.xor();
    }

    /** {@code n} noisy points around the corners of the unit square, labelled by XOR. */
    public static Points xor(int n, double noise, long seed) {
        return PointSets.xor(n, noise, seed);
    }

    /** Two interleaving half-moons, {@code n} points, Gaussian noise {@code noise}. */
    public static Points moons(int n, double noise, long seed) {
        return PointSets.moons(n, noise, seed);
    }

    /** {@code classes} spiral arms of {@code perClass} points; {@code noise} about 0.2. */
    public static Points spirals(int classes, int perClass, double noise, long seed) {
        return PointSets.spirals(classes, perClass, noise, seed);
    }

    /**
     * {@code components} Gaussians of spread {@code std} on a circle of radius 2, labelled by
     * component.
     */
    public static Points gaussianMixture(int components, int perComponent, double std, long seed) {
        return PointSets.gaussianMixture(components, perComponent, std, seed);
    }

    /**
     * A point set as arrays: features (N, 2) float32 and labels (N) int32, in the session's
     * manager.
     */
    public static NDList toArrays(Points points) {
        return toArrays(points, DjlRuntime.manager());
    }

    /**
     * A point set as arrays: features (N, 2) float32 and labels (N) int32, owned by {@code
     * manager}.
     */
    public static NDList toArrays(Points points, NDManager manager) {
        float[] flat = new float[points.size() * 2];
        for (int i = 0; i < points.size(); i++) {
            flat[2 * i] = (float) points.x()[i][0];
            flat[2 * i + 1] = (float) points.x()[i][1];
        }
        NDArray x = manager.create(flat, new Shape(points.size(), 2)); // (N, 2)
        NDArray y = manager.create(points.y()); // (N)
        return new NDList(x, y);
    }

    // ---- sequences ---------------------------------------------------------------------------

    /** Copy a random string over a..j of length {@code minLength..maxLength}. */
    public static SequencePairs copyTask(int n, int minLength, int maxLength, long seed) {
        return SequenceTasks.copy(n, minLength, maxLength, seed);
    }

    /** Reverse a random string over a..j of length {@code minLength..maxLength}. */
    public static SequencePairs reverseTask(int n, int minLength, int maxLength, long seed) {
        return SequenceTasks.reverse(n, minLength, maxLength, seed);
    }

    /** Add two numbers of 1..{@code maxDigits} digits: "407+58" → "465". */
    public static SequencePairs additionTask(int n, int maxDigits, long seed) {
        return SequenceTasks.addition(n, maxDigits, seed);
    }

    /** Translate human-written dates to ISO: "24 November 2026" → "2026-11-24". */
    public static SequencePairs dateTask(int n, long seed) {
        return SequenceTasks.dates(n, seed);
    }

    // ---- images --------------------------------------------------------------------------------

    /** {@code n} pictures of circles, squares and triangles of {@code size}² pixels, with masks. */
    public static ShapeImages shapes(int n, int size, long seed) {
        return ShapeImages.generate(n, size, seed);
    }
}
