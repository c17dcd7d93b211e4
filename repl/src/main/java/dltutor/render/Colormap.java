package dltutor.render;

/**
 * Maps a number in {@code 0..1} to a colour, for heatmaps of attention weights, confusion matrices
 * and weight matrices.
 *
 * <p>{@link #VIRIDIS} (van der Walt and Smith, matplotlib 2.0, 2015) is perceptually uniform and
 * readable by colour-blind people: equal steps in value look like equal steps in colour, which the
 * old "jet" rainbow map did not. {@link #GREY} is black to white. Use VIRIDIS for heatmaps of
 * weights, attention and confusion counts, GREY for images.
 *
 * <p>Colours between the anchors are interpolated linearly: with n anchors, {@code t} falls between
 * anchors {@code ⌊t(n−1)⌋} and the next.
 */
public enum Colormap {
    /** Black (0) to white (1). */
    GREY(new int[] {0x000000, 0xFFFFFF}),
    /** Dark purple (0) through blue and green to yellow (1). */
    VIRIDIS(
            new int[] {
                0x440154, 0x482878, 0x3E4989, 0x31688E, 0x26828E, 0x1F9E89, 0x35B779, 0x6ECE58,
                0xFDE725
            });

    private final int[] anchors;

    Colormap(int[] anchors) {
        this.anchors = anchors;
    }

    /** The colour at {@code t} (clamped to {@code 0..1}), packed as {@code 0xRRGGBB}. */
    public int rgb(double t) {
        double x = Pixels.clamp(t) * (anchors.length - 1);
        int i = Math.min(anchors.length - 2, (int) Math.floor(x));
        double f = x - i;
        int a = anchors[i];
        int b = anchors[i + 1];
        int r = mix(a >> 16 & 0xFF, b >> 16 & 0xFF, f);
        int g = mix(a >> 8 & 0xFF, b >> 8 & 0xFF, f);
        int bl = mix(a & 0xFF, b & 0xFF, f);
        return r << 16 | g << 8 | bl;
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }

    /** Black or white, whichever reads better on the background {@code rgb}. */
    static int contrasting(int rgb) {
        double luma = 0.299 * (rgb >> 16 & 0xFF) + 0.587 * (rgb >> 8 & 0xFF) + 0.114 * (rgb & 0xFF);
        return luma > 140 ? 0x000000 : 0xFFFFFF;
    }
}
