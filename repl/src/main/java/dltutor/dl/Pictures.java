package dltutor.dl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dltutor.render.Ansi;
import dltutor.render.ColorMode;
import dltutor.render.Colormap;
import dltutor.render.HalfBlocks;
import dltutor.render.Heatmap;
import dltutor.render.Histogram;
import dltutor.render.ImageGrid;
import dltutor.render.Pixels;
import dltutor.render.PngExport;
import dltutor.render.Series;
import dltutor.render.TextWrap;
import dltutor.runtime.Display;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Pictures of arrays in the terminal: images drawn with half-block pixels ({@code ▀}, the top pixel
 * in the foreground colour and the bottom one in the background), grids of images with labels,
 * heatmaps and histograms, and PNG files of the same on request.
 *
 * <p>Looking at the data came first in the field: LeCun et al. (1989) printed their handwritten
 * ZIP-code digits, and Zeiler and Fergus ("Visualizing and Understanding Convolutional Networks",
 * 2013) made pictures of what layers respond to a habit of the field.
 *
 * <p>Shapes: one image is (H, W) grey, (C, H, W) or (H, W, C) with C = 1 or 3; a batch is (N, H,
 * W), (N, C, H, W) or (N, H, W, C). Values in 0..1 are shown as they are; values in 0..255 are
 * divided by 255; anything else is stretched from its minimum to its maximum: {@code p = (v − min)
 * / (max − min)}. Colour comes in 24-bit or 256 colours; dumb terminals get an ASCII ramp. Use
 * pictures to look at data before training, at mistakes after it, and at attention maps and filters
 * to see what a model learned.
 */
public final class Pictures {

    private static ColorMode forced;

    private Pictures() {}

    /**
     * The colour mode pictures use: the learner's choice ({@link #setColorMode}), else ASCII on a
     * terminal without colour or Unicode, 24-bit when {@code COLORTERM} says {@code
     * truecolor}/{@code 24bit}, and 256 colours otherwise.
     */
    public static ColorMode colorMode() {
        if (forced != null) {
            return forced;
        }
        if (!Display.ansi().enabled() || !Display.unicode()) {
            return ColorMode.ASCII;
        }
        String colorterm = System.getenv("COLORTERM");
        return colorterm != null && (colorterm.contains("truecolor") || colorterm.contains("24bit"))
                ? ColorMode.TRUE_COLOR
                : ColorMode.PALETTE_256;
    }

    /** Fixes the colour mode (null returns to detecting it). */
    public static void setColorMode(ColorMode mode) {
        forced = mode;
    }

    /** Draws one image. */
    public static void showImage(NDArray image) {
        showImage(image, colorMode());
    }

    /** Draws one image in the given colour mode. */
    public static void showImage(NDArray image, ColorMode mode) {
        System.out.print(HalfBlocks.render(toPixels(image, false).get(0), mode));
        System.out.flush();
    }

    /**
     * Draws a batch of images in rows of {@code columns}, with a label under each (labels may be
     * fewer or none).
     */
    public static void showImages(NDArray images, int columns, String... labels) {
        System.out.print(
                ImageGrid.render(
                        toPixels(images, true),
                        Arrays.asList(labels),
                        columns,
                        Display.width(),
                        colorMode()));
        System.out.flush();
    }

    /**
     * Draws segmentation results as rows of three: the picture, its true mask and the predicted
     * mask (labelled "output"), for the first {@code count} pictures (two triples per row when the
     * terminal is wide enough).
     *
     * <p>Segmentation (U-Net, Ronneberger, Fischer and Brox 2015) labels every pixel; seeing the
     * prediction next to the truth shows at once whether a model misses small shapes or blurs
     * boundaries, which a single IoU number hides. Pass probabilities in [0, 1] (apply a sigmoid to
     * logits) or 0/1 masks; white is foreground.
     *
     * @param images (N, 1, H, W) pictures in [0, 1]
     * @param masks (N, 1, H, W) true masks
     * @param predicted (N, 1, H, W) predicted foreground probabilities
     */
    public static void showSegmentation(
            NDArray images, NDArray masks, NDArray predicted, int count) {
        System.out.print(
                renderSegmentation(images, masks, predicted, count, Display.width(), colorMode()));
        System.out.flush();
    }

    /** {@link #showSegmentation} as text, for a given width and colour mode. */
    static String renderSegmentation(
            NDArray images,
            NDArray masks,
            NDArray predicted,
            int count,
            int width,
            ColorMode mode) {
        Shape shape = images.getShape();
        if (shape.dimension() != 4
                || !masks.getShape().equals(shape)
                || !predicted.getShape().equals(shape)) {
            throw new IllegalArgumentException(
                    "want three (N, 1, H, W) arrays of one shape, got "
                            + shape
                            + ", "
                            + masks.getShape()
                            + ", "
                            + predicted.getShape());
        }
        int k = (int) Math.min(count, shape.get(0));
        List<Pixels> all = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Pixels> pics = toPixels(images.get("0:" + k), true);
        List<Pixels> truth = toPixels(masks.get("0:" + k), true);
        List<Pixels> guess = toPixels(predicted.get("0:" + k), true);
        for (int i = 0; i < k; i++) {
            all.add(pics.get(i));
            all.add(truth.get(i));
            all.add(guess.get(i));
            labels.addAll(List.of("picture", "mask", "output"));
        }
        int perImage = (int) shape.get(3) + 2;
        int columns = width >= 6 * perImage ? 6 : 3;
        return ImageGrid.render(all, labels, columns, width, mode);
    }

    /**
     * Draws a batch of images labelled with class names: {@code classNames[labels[i]]} under image
     * i.
     *
     * @param labels (N) class indices
     */
    public static void showImages(
            NDArray images, NDArray labels, String[] classNames, int columns) {
        showImages(images, columns, names(labels, classNames));
    }

    /**
     * Draws a matrix as a heatmap with row and column labels and a colour scale: attention weights
     * (queries × keys), a weight matrix, a confusion matrix.
     *
     * @param matrix (R, C)
     */
    public static void showHeatmap(
            String title, NDArray matrix, String[] rowLabels, String[] columnLabels) {
        System.out.print(
                fitWidth(
                        Heatmap.builder(toMatrix(matrix))
                                .title(title)
                                .rowLabels(list(rowLabels))
                                .columnLabels(list(columnLabels))
                                .colorMode(colorMode())
                                .build()
                                .render()));
        System.out.flush();
    }

    /** A heatmap of a Java matrix. */
    public static void showHeatmap(
            String title, double[][] matrix, String[] rowLabels, String[] columnLabels) {
        System.out.print(
                fitWidth(
                        Heatmap.builder(matrix)
                                .title(title)
                                .rowLabels(list(rowLabels))
                                .columnLabels(list(columnLabels))
                                .colorMode(colorMode())
                                .build()
                                .render()));
        System.out.flush();
    }

    /**
     * A histogram of all the values in an array (any shape), e.g. a layer's weights or activations.
     */
    public static void showHistogram(String title, NDArray values, int bins) {
        showHistogram(title, Toolkit.toDoubles(values), bins);
    }

    /** A histogram of Java values. */
    public static void showHistogram(String title, double[] values, int bins) {
        int barWidth = Math.max(10, Math.min(50, Display.width() - 24));
        System.out.print(
                fitWidth(Histogram.render(title, values, bins, barWidth, Display.unicode())));
        System.out.flush();
    }

    /** {@code text} with every line wider than the terminal (a long title) wrapped to fit it. */
    static String fitWidth(String text) {
        int width = Display.width();
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            List<String> parts =
                    Ansi.visibleLength(line) <= width ? List.of(line) : TextWrap.wrap(line, width);
            out.append(String.join("\n", parts)).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    /**
     * Writes a grid of images to a PNG file, each pixel drawn as a {@code scale × scale} square.
     */
    public static void saveImages(
            String path, NDArray images, int columns, int scale, String... labels) {
        try {
            PngExport.writeImageGrid(
                    toPixels(images, true), Arrays.asList(labels), columns, scale, Path.of(path));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + path + ": " + e.getMessage(), e);
        }
    }

    /** Writes a heatmap to a PNG file. */
    public static void saveHeatmap(
            String path, String title, NDArray matrix, String[] rowLabels, String[] columnLabels) {
        try {
            PngExport.writeHeatmap(
                    toMatrix(matrix),
                    list(rowLabels),
                    list(columnLabels),
                    title,
                    Colormap.VIRIDIS,
                    false,
                    Path.of(path));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes the loss curves of one or more runs (and the validation loss of a single run) to a PNG
     * file.
     */
    public static void savePlot(String path, History... runs) {
        List<Series> lines = new ArrayList<>();
        List<Series> points = new ArrayList<>();
        for (History h : runs) {
            lines.add(Series.of(runs.length == 1 ? "train" : h.name(), h.smoothedLosses()));
        }
        if (runs.length == 1 && runs[0].epochs() > 0 && !Double.isNaN(runs[0].valLoss()[0])) {
            points.add(new Series("validation", runs[0].epochEndSteps(), runs[0].valLoss()));
        }
        try {
            PngExport.writePlot(
                    runs.length == 1 ? "loss: " + runs[0].name() : "loss",
                    "step",
                    "loss",
                    lines,
                    points,
                    false,
                    Path.of(path));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + path + ": " + e.getMessage(), e);
        }
    }

    /** The images of an array as {@link Pixels} in 0..1 (a batch when {@code batch}). */
    static List<Pixels> toPixels(NDArray array, boolean batch) {
        Shape s = array.getShape();
        int d = s.dimension();
        boolean channelsFirst;
        if (!batch && d == 2 || batch && d == 3) {
            channelsFirst = true; // no channel axis: grey
        } else if (!batch && d == 3 || batch && d == 4) {
            long first = s.get(d - 3);
            channelsFirst = first == 1 || first == 3;
        } else {
            throw new IllegalArgumentException(
                    "cannot draw shape "
                            + s
                            + " as "
                            + (batch
                                    ? "a batch of images "
                                            + "(N, H, W), (N, C, H, W) or (N, H, W, C)"
                                    : "an image (H, W), (C, H, W) or (H, W, C)"));
        }
        int n = batch ? (int) s.get(0) : 1;
        boolean hasChannels = d == (batch ? 4 : 3);
        int c = hasChannels ? (int) (channelsFirst ? s.get(d - 3) : s.get(d - 1)) : 1;
        int h = (int) (hasChannels && !channelsFirst ? s.get(d - 3) : s.get(d - 2));
        int w = (int) (hasChannels && !channelsFirst ? s.get(d - 2) : s.get(d - 1));
        if (c != 1 && c != 3) {
            throw new IllegalArgumentException(
                    "images need 1 or 3 channels, shape " + s + " has " + c);
        }
        float[] v = floats(array);
        scale(v);
        List<Pixels> out = new ArrayList<>();
        int size = h * w * c;
        for (int i = 0; i < n; i++) {
            float[] hwc = new float[size];
            for (int r = 0; r < h; r++) {
                for (int col = 0; col < w; col++) {
                    for (int k = 0; k < c; k++) {
                        int from =
                                channelsFirst
                                        ? i * size + (k * h + r) * w + col
                                        : i * size + (r * w + col) * c + k;
                        hwc[(r * w + col) * c + k] = v[from];
                    }
                }
            }
            out.add(new Pixels(h, w, c, hwc));
        }
        return out;
    }

    /** 0..1 stays; 0..255 is divided by 255; anything else is stretched min..max. */
    static void scale(float[] v) {
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (float x : v) {
            if (Float.isFinite(x)) {
                min = Math.min(min, x);
                max = Math.max(max, x);
            }
        }
        if (min >= 0 && max <= 1) {
            return;
        }
        float lo = min >= 0 && max <= 255 ? 0 : min;
        float range = min >= 0 && max <= 255 ? 255 : Math.max(1e-12f, max - min);
        for (int i = 0; i < v.length; i++) {
            v[i] = (v[i] - lo) / range;
        }
    }

    private static float[] floats(NDArray a) {
        try (NDArray f = a.toType(DataType.FLOAT32, true)) {
            return f.toFloatArray();
        }
    }

    static double[][] toMatrix(NDArray matrix) {
        Shape s = matrix.getShape();
        if (s.dimension() != 2) {
            throw new IllegalArgumentException(
                    "a heatmap needs a 2-D array (rows, columns), got " + s);
        }
        float[] v = floats(matrix);
        int rows = (int) s.get(0);
        int cols = (int) s.get(1);
        double[][] out = new double[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                out[r][c] = v[r * cols + c];
            }
        }
        return out;
    }

    static String[] names(NDArray labels, String[] classNames) {
        int[] idx;
        try (NDArray i = labels.toType(DataType.INT32, true)) {
            idx = i.toIntArray();
        }
        String[] out = new String[idx.length];
        for (int k = 0; k < idx.length; k++) {
            out[k] =
                    idx[k] >= 0 && idx[k] < classNames.length
                            ? classNames[idx[k]]
                            : String.valueOf(idx[k]);
        }
        return out;
    }

    private static List<String> list(String[] labels) {
        return labels == null ? List.of() : Arrays.asList(labels);
    }
}
