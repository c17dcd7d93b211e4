package dltutor.render;

import java.util.HashSet;
import java.util.List;

/**
 * Tick labels for the axes of a {@link Chart}, formatted with {@link CompactNumber}.
 *
 * <p>Labels use just enough significant digits (3 to 6) to tell neighbouring ticks apart. On a log
 * axis the labels show real values ({@code 100, 1k, 10k}), not exponents.
 */
final class AxisLabels {

    private AxisLabels() {}

    /**
     * Labels for 3 to 5 evenly spaced rows of a plot {@code height} rows high (at least 3). The top
     * row shows the maximum, the bottom row the minimum.
     *
     * @return one entry per row, null for rows without a tick
     */
    static String[] yTicks(Scale y, int height) {
        int count = Math.max(3, Math.min(5, 1 + (height - 1) / 2));
        int[] rows = new int[count];
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            rows[i] = (int) Math.round(i * (height - 1) / (double) (count - 1));
            values[i] = y.valueAt(1 - rows[i] / (double) (height - 1));
        }
        String[] formatted = distinct(values);
        String[] labels = new String[height];
        for (int i = 0; i < count; i++) {
            labels[rows[i]] = formatted[i];
        }
        return labels;
    }

    /**
     * A line {@code width} columns wide with the minimum x value at the left, the maximum at the
     * right and the middle value centred, each dropped if it would touch its neighbour.
     */
    static String xTicks(Scale x, int width) {
        String[] labels = distinct(new double[] {x.valueAt(0), x.valueAt(0.5), x.valueAt(1)});
        StringBuilder line = new StringBuilder(" ".repeat(width));
        String min = labels[0];
        String mid = labels[1];
        String max = labels[2];
        line.replace(0, Math.min(width, min.length()), min);
        int maxStart = width - max.length();
        if (maxStart > min.length()) {
            line.replace(maxStart, width, max);
        }
        int midStart = (width - mid.length()) / 2;
        if (midStart > min.length() && midStart + mid.length() < maxStart) {
            line.replace(midStart, midStart + mid.length(), mid);
        }
        return line.toString();
    }

    /** Compact labels with the fewest significant digits (3 to 6) that make them all differ. */
    static String[] distinct(double[] values) {
        String[] labels = new String[values.length];
        for (int digits = 3; digits <= 6; digits++) {
            for (int i = 0; i < values.length; i++) {
                labels[i] = CompactNumber.format(values[i], digits);
            }
            if (new HashSet<>(List.of(labels)).size() == labels.length) {
                break;
            }
        }
        return labels;
    }
}
