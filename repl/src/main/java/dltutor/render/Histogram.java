package dltutor.render;

import java.util.Locale;

/**
 * How values are distributed: equal-width bins from the smallest to the largest value, one text row
 * per bin with a bar proportional to its count.
 *
 * <pre>{@code
 * weights  n=1000  mean 0.0123  std 0.981
 *  -3.12 │█▎                                  7
 *  -2.50 │████▌                              25
 * }</pre>
 *
 * <p>The label of a row is its bin's left edge; the last bin includes the maximum. Bars use eighth
 * blocks ({@code ▏▎▍▌▋▊▉█}) on Unicode terminals and {@code #} otherwise. NaN and infinite values
 * are counted apart and mentioned in the header. Karl Pearson named the histogram (1891); Glorot
 * and Bengio (2010) used histograms of activations to show why deep sigmoid networks train badly,
 * which is how the initialisation lessons use it.
 *
 * <p>Bin i covers {@code [min + i·w, min + (i+1)·w)}, {@code w = (max − min)/bins}; bar length
 * {@code count / maxCount · barWidth}.
 */
public final class Histogram {

    private static final String EIGHTHS = " \u258F\u258E\u258D\u258C\u258B\u258A\u2589\u2588";

    private Histogram() {}

    /**
     * Counts finite values into {@code bins} equal bins over {@code [min, max]}; a value equal to
     * {@code max} goes into the last bin, values outside the range are not counted.
     */
    public static long[] counts(double[] values, int bins, double min, double max) {
        long[] counts = new long[bins];
        double width = (max - min) / bins;
        for (double v : values) {
            if (!Double.isFinite(v) || v < min || v > max) {
                continue;
            }
            int bin = width > 0 ? (int) Math.floor((v - min) / width) : 0;
            counts[Math.min(bins - 1, Math.max(0, bin))]++;
        }
        return counts;
    }

    /**
     * The histogram as text, every line ending with a newline.
     *
     * @param title first word(s) of the header line (may be empty)
     * @param values the data
     * @param bins number of bins (at least 1)
     * @param barWidth columns for the longest bar
     * @param unicode eighth blocks and a box-drawing axis, else {@code #} and {@code |}
     */
    public static String render(
            String title, double[] values, int bins, int barWidth, boolean unicode) {
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be at least 1: " + bins);
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        long n = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
                sum += v;
                n++;
            }
        }
        StringBuilder out = new StringBuilder();
        String head = (title.isEmpty() ? "" : title + "  ") + "n=" + n;
        if (n == 0) {
            return out.append(head).append("  (no finite values)\n").toString();
        }
        double mean = sum / n;
        double squares = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                squares += (v - mean) * (v - mean);
            }
        }
        head +=
                String.format(
                        Locale.ROOT,
                        "  mean %s  std %s",
                        CompactNumber.format(mean, 3),
                        CompactNumber.format(Math.sqrt(squares / n), 3));
        if (n < values.length) {
            head += "  (" + (values.length - n) + " NaN/infinite left out)";
        }
        out.append(head).append('\n');
        if (min == max) {
            bins = 1;
        }
        long[] counts = counts(values, bins, min, max);
        long most = 1;
        for (long c : counts) {
            most = Math.max(most, c);
        }
        String[] edges = new String[bins];
        int edgeWidth = 0;
        for (int i = 0; i < bins; i++) {
            edges[i] = CompactNumber.format(min + (max - min) * i / bins, 3);
            edgeWidth = Math.max(edgeWidth, edges[i].length());
        }
        String countFormat = "%" + String.valueOf(most).length() + "d";
        for (int i = 0; i < bins; i++) {
            String bar = bar(counts[i] * (double) barWidth / most, unicode);
            out.append(" ".repeat(edgeWidth - edges[i].length()))
                    .append(edges[i])
                    .append(unicode ? " \u2502" : " |")
                    .append(bar)
                    .append(" ".repeat(barWidth - bar.length() + 1))
                    .append(String.format(Locale.ROOT, countFormat, counts[i]))
                    .append('\n');
        }
        return out.toString();
    }

    /** A bar {@code length} columns long (fractional parts as eighth blocks on Unicode). */
    static String bar(double length, boolean unicode) {
        int whole = (int) Math.floor(length);
        if (!unicode) {
            return "#".repeat((int) Math.round(length));
        }
        int eighths = (int) Math.round((length - whole) * 8);
        if (eighths == 8) {
            whole++;
            eighths = 0;
        }
        return "\u2588".repeat(whole)
                + (eighths > 0 ? String.valueOf(EIGHTHS.charAt(eighths)) : "");
    }
}
