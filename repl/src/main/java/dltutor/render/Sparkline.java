package dltutor.render;

/**
 * A one-line chart: each value becomes a block whose height shows where it lies between the
 * smallest and largest value, e.g. {@code ▁▂▄█▆}.
 */
public final class Sparkline {

    private static final String UNICODE_LEVELS = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";
    private static final String ASCII_LEVELS = "_.-~^";

    private Sparkline() {}

    /**
     * One character per value, without a trailing newline. NaN and infinite values show as spaces;
     * if all finite values are equal they sit at the middle level.
     *
     * @param unicode block characters {@code ▁▂▃▄▅▆▇█}; otherwise ASCII {@code _.-~^}
     */
    public static String of(double[] values, boolean unicode) {
        String levels = unicode ? UNICODE_LEVELS : ASCII_LEVELS;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        StringBuilder out = new StringBuilder(values.length);
        for (double v : values) {
            if (!Double.isFinite(v)) {
                out.append(' ');
            } else if (max == min) {
                out.append(levels.charAt((levels.length() - 1) / 2));
            } else {
                int level = (int) Math.round((v - min) / (max - min) * (levels.length() - 1));
                out.append(levels.charAt(level));
            }
        }
        return out.toString();
    }
}
