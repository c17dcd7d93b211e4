package dltutor.data;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.dataset.ArrayDataset;
import dltutor.runtime.DjlRuntime;
import java.nio.file.Path;
import java.util.List;

/**
 * Fashion-MNIST: 28×28 grey-scale photos of clothing in ten classes, 60,000 for training and 10,000
 * for testing.
 *
 * <p>Xiao, Rasul &amp; Vollgraf, "Fashion-MNIST: a Novel Image Dataset for Benchmarking Machine
 * Learning Algorithms" (Zalando Research, 2017, arXiv:1708.07747; MIT licence). It keeps the size
 * and IDX format of LeCun's MNIST digits (1998) but is harder: a linear model reaches about 84 %, a
 * small CNN about 90 %. Use it wherever a lesson needs real images: softmax regression, LeNet,
 * AlexNet, autoencoders, GANs, diffusion, CLIP with class-name captions.
 *
 * <p>The full set is used when it is installed (Debian's {@code dataset-fashion-mnist}, or the IDX
 * files under {@code $DLTUTOR_HOME/datasets/fashion-mnist/}); otherwise the checked-in subset of
 * 1,000 training and 200 test images per class. Loading prints one line saying which. A {@code
 * limit} takes the first {@code limit/10} images of each class, so every limit is class-balanced.
 *
 * <pre>{@code
 * FashionMnist train = FashionMnist.load(Split.TRAIN, 5000);
 * train.images();   // (5000, 1, 28, 28) float32 in [0, 1]
 * train.labels();   // (5000) int32 in 0..9
 * ArrayDataset batches = train.dataset(64);
 * }</pre>
 */
public final class FashionMnist {
    /** The class names, indexed by label. */
    public static final List<String> CLASS_NAMES =
            List.of(
                    "T-shirt/top",
                    "Trouser",
                    "Pullover",
                    "Dress",
                    "Coat",
                    "Sandal",
                    "Shirt",
                    "Sneaker",
                    "Bag",
                    "Ankle boot");

    private final Split split;
    private final NDArray images;
    private final NDArray labels;
    private final int[] labelValues;
    private final boolean fullSet;
    private final String source;

    private FashionMnist(
            Split split,
            NDArray images,
            NDArray labels,
            int[] labelValues,
            boolean fullSet,
            String source) {
        this.split = split;
        this.images = images;
        this.labels = labels;
        this.labelValues = labelValues;
        this.fullSet = fullSet;
        this.source = source;
    }

    /** Every image of {@code split} that is available, in the session's manager. */
    public static FashionMnist load(Split split) {
        return load(split, Integer.MAX_VALUE);
    }

    /** At most {@code limit} images of {@code split}, the same number from each class. */
    public static FashionMnist load(Split split, int limit) {
        return load(split, limit, DjlRuntime.manager());
    }

    /** As {@link #load(Split, int)}, with arrays owned by {@code manager}. */
    public static FashionMnist load(Split split, int limit, NDManager manager) {
        return read(FashionMnistFiles.locate(split), split, limit, manager);
    }

    /**
     * Reads the IDX files in {@code dir}: verified against its {@code SHA256SUMS} when it has one
     * (a checked-in subset), else validated as a full set by header and size.
     */
    public static FashionMnist load(Path dir, Split split, int limit, NDManager manager) {
        return read(FashionMnistFiles.at(dir), split, limit, manager);
    }

    private static FashionMnist read(
            FashionMnistFiles.Location loc, Split split, int limit, NDManager manager) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive, got " + limit);
        }
        FashionMnistFiles.Raw raw = FashionMnistFiles.read(loc, split, limit);
        int n = raw.labels().length;
        NDArray images =
                manager.create(
                        raw.pixels(),
                        new Shape(n, 1, FashionMnistFiles.ROWS, FashionMnistFiles.COLS),
                        DataType.FLOAT32); // (N, 1, 28, 28)
        NDArray labels = manager.create(raw.labels()); // (N)
        String count =
                n < raw.available()
                        ? String.format("%,d of %,d images", n, raw.available())
                        : String.format("%,d images", n);
        String line =
                loc.checkedIn()
                        ? String.format(
                                "Fashion-MNIST %s: %s from the checked-in subset (%s); "
                                        + "apt-get install dataset-fashion-mnist gives all 70,000",
                                split.label(), count, DatasetPaths.shown(loc.dir()))
                        : String.format(
                                "Fashion-MNIST %s: %s from the full set (%s)",
                                split.label(), count, loc.dir());
        System.out.println(line);
        return new FashionMnist(split, images, labels, raw.labels(), !loc.checkedIn(), line);
    }

    /** The images, {@code (N, 1, 28, 28)} float32, 0 = black background, 1 = white. */
    public NDArray images() {
        return images;
    }

    /** The labels, {@code (N)} int32 in 0..9; see {@link #CLASS_NAMES}. */
    public NDArray labels() {
        return labels;
    }

    /** The labels as a Java array (for checks, counts and plots). */
    public int[] labelArray() {
        return labelValues.clone();
    }

    /** The number of images. */
    public int size() {
        return labelValues.length;
    }

    /** Which split this is. */
    public Split split() {
        return split;
    }

    /** Whether the images come from the full set rather than the checked-in subset. */
    public boolean isFullSet() {
        return fullSet;
    }

    /** The line printed at load time: split, count, and where the images came from. */
    public String source() {
        return source;
    }

    /** The class names, indexed by label. */
    public List<String> classNames() {
        return CLASS_NAMES;
    }

    /** The name of a label, e.g. {@code className(9)} is "Ankle boot". */
    public String className(int label) {
        return CLASS_NAMES.get(label);
    }

    /** How many images of each class, indexed by label. */
    public int[] classCounts() {
        int[] counts = new int[CLASS_NAMES.size()];
        for (int y : labelValues) {
            counts[y]++;
        }
        return counts;
    }

    /** Image {@code i}, {@code (1, 28, 28)}. */
    public NDArray image(int i) {
        return images.get(i);
    }

    /** Mini-batches for DJL's trainers, shuffled each epoch for the training split only. */
    public ArrayDataset dataset(int batchSize) {
        return dataset(batchSize, split == Split.TRAIN);
    }

    /**
     * Mini-batches for DJL's trainers: data {@code (B, 1, 28, 28)}, labels {@code (B)}.
     *
     * @param shuffle whether each epoch visits the images in a new random order (seeded by {@code
     *     seed(...)})
     */
    public ArrayDataset dataset(int batchSize, boolean shuffle) {
        return new ArrayDataset.Builder()
                .setData(images)
                .optLabels(labels)
                .setSampling(batchSize, shuffle)
                .build();
    }

    @Override
    public String toString() {
        return "FashionMnist["
                + split.label()
                + ", "
                + size()
                + " images ("
                + (fullSet ? "full set" : "subset")
                + ")]";
    }
}
