package dltutor.render;

import java.util.Objects;

/**
 * A small picture as plain numbers: {@code height × width} pixels with one channel (grey) or three
 * (red, green, blue), stored row by row in {@code data} ("HWC" order), each value in {@code 0..1}
 * (values outside are clamped when drawn).
 *
 * <p>This is the pure side of the toolkit's pictures: the deep-learning side turns an {@code
 * NDArray} into {@code Pixels}; {@link HalfBlocks}, {@link ImageGrid} and {@link PngExport} turn
 * {@code Pixels} into text or files. The array is not copied. The layout is the "HWC" of image
 * files and NumPy; convolutional networks since LeNet (LeCun et al., 1989) take "CHW" tensors,
 * which the toolkit transposes on the way in.
 *
 * <p>Brightness of a colour pixel: {@code Y = 0.299·R + 0.587·G + 0.114·B} (ITU-R BT.601).
 *
 * @param height rows of pixels (at least 1)
 * @param width columns of pixels (at least 1)
 * @param channels 1 for greyscale, 3 for RGB
 * @param data {@code height * width * channels} values, pixel {@code (r, c)} channel {@code k} at
 *     {@code (r * width + c) * channels + k}
 */
public record Pixels(int height, int width, int channels, float[] data) {

    /** Checks the sizes. */
    public Pixels {
        Objects.requireNonNull(data, "data");
        if (height < 1 || width < 1) {
            throw new IllegalArgumentException(
                    "an image needs at least one pixel: " + height + "×" + width);
        }
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("channels must be 1 (grey) or 3 (RGB): " + channels);
        }
        if (data.length != height * width * channels) {
            throw new IllegalArgumentException(
                    data.length + " values for " + height + "×" + width + "×" + channels);
        }
    }

    /** A greyscale image from row-major values in {@code 0..1}. */
    public static Pixels grey(int height, int width, float[] data) {
        return new Pixels(height, width, 1, data);
    }

    /** The colour of pixel {@code (row, col)} packed as {@code 0xRRGGBB}. */
    public int rgb(int row, int col) {
        int at = (row * width + col) * channels;
        int r = byteOf(data[at]);
        if (channels == 1) {
            return r << 16 | r << 8 | r;
        }
        return r << 16 | byteOf(data[at + 1]) << 8 | byteOf(data[at + 2]);
    }

    /** The brightness of pixel {@code (row, col)} in {@code 0..1} (Rec. 601 luma for colour). */
    public double luminance(int row, int col) {
        int at = (row * width + col) * channels;
        if (channels == 1) {
            return clamp(data[at]);
        }
        return 0.299 * clamp(data[at]) + 0.587 * clamp(data[at + 1]) + 0.114 * clamp(data[at + 2]);
    }

    /** A smaller image: each {@code factor × factor} block averaged into one pixel. */
    public Pixels downscale(int factor) {
        if (factor <= 1) {
            return this;
        }
        int h = Math.max(1, height / factor);
        int w = Math.max(1, width / factor);
        float[] out = new float[h * w * channels];
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                for (int k = 0; k < channels; k++) {
                    double sum = 0;
                    int n = 0;
                    for (int dr = 0; dr < factor && r * factor + dr < height; dr++) {
                        for (int dc = 0; dc < factor && c * factor + dc < width; dc++) {
                            sum +=
                                    data[
                                            ((r * factor + dr) * width + c * factor + dc) * channels
                                                    + k];
                            n++;
                        }
                    }
                    out[(r * w + c) * channels + k] = (float) (sum / n);
                }
            }
        }
        return new Pixels(h, w, channels, out);
    }

    static double clamp(double v) {
        return Double.isNaN(v) ? 0 : Math.max(0, Math.min(1, v));
    }

    static int byteOf(double v) {
        return (int) Math.round(clamp(v) * 255);
    }

    /** The size, e.g. {@code Pixels[28×28 grey]}. */
    @Override
    public String toString() {
        return "Pixels[" + height + "×" + width + (channels == 1 ? " grey]" : " RGB]");
    }
}
