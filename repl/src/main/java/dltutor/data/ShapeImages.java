package dltutor.data;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.dataset.ArrayDataset;
import dltutor.runtime.DjlRuntime;
import java.util.List;
import java.util.Random;

/**
 * Synthetic pictures of circles, squares and triangles with their segmentation masks: the training
 * data of a U-Net (Ronneberger, Fischer &amp; Brox 2015), small enough to learn on a CPU.
 *
 * <p>Each picture has a dim background, one to three shapes of random size, place, rotation and
 * brightness (a later shape covers an earlier one), and Gaussian noise. The target is known per
 * pixel, so segmentation quality is measured exactly, as intersection over union ({@link
 * #iou(NDArray, NDArray)}). Use {@link #masks()} for foreground/background segmentation (one
 * sigmoid output) and {@link #segments()} for per-class segmentation (four-way softmax).
 *
 * <pre>{@code
 * ShapeImages shapes = ShapeImages.generate(512, 32, 7);
 * shapes.images();    // (512, 1, 32, 32) float32 in [0, 1]
 * shapes.masks();     // (512, 1, 32, 32) float32, 1 on a shape
 * shapes.segments();  // (512, 32, 32) int32: 0 background, 1 circle, 2 square, 3 triangle
 * }</pre>
 */
public final class ShapeImages {
    /** The pixel classes of {@link #segments()}, indexed by class. */
    public static final List<String> CLASS_NAMES =
            List.of("background", "circle", "square", "triangle");

    private final NDArray images;
    private final NDArray masks;
    private final NDArray segments;
    private final int count;
    private final int side;

    private ShapeImages(NDArray images, NDArray masks, NDArray segments, int count, int side) {
        this.images = images;
        this.masks = masks;
        this.segments = segments;
        this.count = count;
        this.side = side;
    }

    /** {@code n} pictures of {@code size × size} pixels with up to 3 shapes and noise 0.05. */
    public static ShapeImages generate(int n, int size, long seed) {
        return generate(n, size, 3, 0.05, seed, DjlRuntime.manager());
    }

    /**
     * {@code n} pictures of {@code size × size} pixels (at least 8; 28 or 32 suit a small U-Net,
     * whose pooling wants a size divisible by 4 or 8).
     *
     * @param maxShapes each picture has 1..maxShapes shapes
     * @param noise the standard deviation of the pixel noise, e.g. 0.05
     */
    public static ShapeImages generate(
            int n, int size, int maxShapes, double noise, long seed, NDManager manager) {
        if (n < 1 || size < 8 || maxShapes < 1) {
            throw new IllegalArgumentException("need n >= 1, size >= 8, maxShapes >= 1");
        }
        Random r = new Random(seed);
        int area = size * size;
        float[] pixels = new float[n * area];
        int[] classes = new int[n * area];
        for (int i = 0; i < n; i++) {
            ShapeRaster.draw(r, size, maxShapes, noise, pixels, classes, i * area);
        }
        float[] fg = new float[classes.length];
        for (int p = 0; p < classes.length; p++) {
            fg[p] = classes[p] == ShapeRaster.BACKGROUND ? 0f : 1f;
        }
        Shape image = new Shape(n, 1, size, size);
        return new ShapeImages(
                manager.create(pixels, image),
                manager.create(fg, image),
                manager.create(classes, new Shape(n, size, size)),
                n,
                size);
    }

    /** The pictures, {@code (N, 1, S, S)} float32 in [0, 1]. */
    public NDArray images() {
        return images;
    }

    /** Foreground masks, {@code (N, 1, S, S)} float32: 1 on any shape, 0 on the background. */
    public NDArray masks() {
        return masks;
    }

    /** Per-pixel classes, {@code (N, S, S)} int32: 0 background, 1 circle, 2 square, 3 triangle. */
    public NDArray segments() {
        return segments;
    }

    /** The number of pictures. */
    public int size() {
        return count;
    }

    /** The side of a picture, in pixels. */
    public int imageSize() {
        return side;
    }

    /** Mini-batches of (picture, foreground mask) for DJL's trainers. */
    public ArrayDataset dataset(int batchSize, boolean shuffle) {
        return new ArrayDataset.Builder()
                .setData(images)
                .optLabels(masks)
                .setSampling(batchSize, shuffle)
                .build();
    }

    /**
     * Intersection over union of two masks of the same shape, each thresholded at 0.5: |P ∩ T| / |P
     * ∪ T| over all pixels, 1.0 when both are empty. Pass sigmoid outputs or probabilities as
     * {@code predicted}.
     */
    public static double iou(NDArray predicted, NDArray target) {
        if (!predicted.getShape().equals(target.getShape())) {
            throw new IllegalArgumentException(
                    "shapes differ: " + predicted.getShape() + " vs " + target.getShape());
        }
        float[] p = floats(predicted);
        float[] t = floats(target);
        long inter = 0;
        long union = 0;
        for (int i = 0; i < p.length; i++) {
            boolean a = p[i] >= 0.5f;
            boolean b = t[i] >= 0.5f;
            inter += a && b ? 1 : 0;
            union += a || b ? 1 : 0;
        }
        return union == 0 ? 1.0 : (double) inter / union;
    }

    private static float[] floats(NDArray a) {
        if (a.getDataType() == DataType.FLOAT32) {
            return a.toFloatArray();
        }
        try (NDArray f = a.toType(DataType.FLOAT32, true)) {
            return f.toFloatArray();
        }
    }

    @Override
    public String toString() {
        return "ShapeImages[" + count + " pictures of " + side + "×" + side + "]";
    }
}
