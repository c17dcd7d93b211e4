package dltutor.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A matrix drawn as coloured cells, with row and column labels and a colour scale: attention maps
 * (which token looks at which), confusion matrices (true class × predicted class) and weight
 * matrices.
 *
 * <pre>{@code
 * String text = Heatmap.builder(weights).rowLabels(tokens).columnLabels(tokens)
 *         .title("attention, head 0").colorMode(ColorMode.TRUE_COLOR).build().render();
 * }</pre>
 *
 * <p>Attention maps made attention readable from its start (Bahdanau, Cho and Bengio, 2014, drew
 * alignment matrices between French and English words). A value maps to the colour at {@code t = (v
 * − min)/(max − min)} on the {@link Colormap}; input is {@code values[R][C]}.
 *
 * <p>Each cell is two columns of {@code █} in the colour of its value, or, when annotated, the
 * value itself on that colour. Cells widen for column labels of up to 4 characters; longer labels
 * are written vertically. In {@link ColorMode#ASCII} mode a cell is a pair of ramp characters
 * ({@code " .:-=+*#%@"}) or, when annotated, the plain number. Values are scaled from the smallest
 * to the largest finite value unless a range is given; NaN cells stay blank.
 */
public final class Heatmap {

    private static final int LABEL_LIMIT = 12;
    private static final int VERTICAL_LIMIT = 8;
    private static final int LEGEND_CELLS = 16;
    private static final int SHORT_LABEL = 4;

    private final Builder b;

    private Heatmap(Builder builder) {
        this.b = builder;
    }

    /** Starts a heatmap of {@code values[row][column]} (rows may not be ragged). */
    public static Builder builder(double[][] values) {
        return new Builder(values);
    }

    /** Draws the heatmap; every line ends with a newline. */
    public String render() {
        double[][] v = b.values;
        int cols = v.length == 0 ? 0 : v[0].length;
        double[] range = range();
        String[] numbers = new String[0];
        int cell = 2;
        if (b.annotate) {
            numbers = Numbers.formatAll(v);
            for (String s : numbers) {
                cell = Math.max(cell, s.length() + 1);
            }
        }
        int longestColumnLabel = 0;
        for (int c = 0; c < cols; c++) {
            longestColumnLabel =
                    Math.max(longestColumnLabel, label(b.columnLabels, c, VERTICAL_LIMIT).length());
        }
        if (longestColumnLabel <= SHORT_LABEL) {
            cell =
                    Math.max(
                            cell,
                            longestColumnLabel + 1); // short labels fit across, one space apart
        }
        int labelWidth = 0;
        for (int r = 0; r < v.length; r++) {
            labelWidth = Math.max(labelWidth, label(b.rowLabels, r, LABEL_LIMIT).length());
        }
        String margin = " ".repeat(labelWidth == 0 ? 0 : labelWidth + 1);
        StringBuilder out = new StringBuilder();
        if (!b.title.isEmpty()) {
            out.append(b.mode == ColorMode.ASCII ? b.title : Ansi.of(true).bold(b.title))
                    .append('\n');
        }
        for (String line : columnHeader(cols, cell)) {
            out.append((margin + line).stripTrailing()).append('\n');
        }
        for (int r = 0; r < v.length; r++) {
            String label = label(b.rowLabels, r, LABEL_LIMIT);
            StringBuilder line =
                    new StringBuilder(labelWidth == 0 ? "" : pad(label, labelWidth) + " ");
            for (int c = 0; c < cols; c++) {
                line.append(cell(v[r][c], range, b.annotate ? numbers[r * cols + c] : null, cell));
            }
            if (b.mode != ColorMode.ASCII) {
                line.append(Ansi.RESET);
            }
            out.append(b.mode == ColorMode.ASCII ? line.toString().stripTrailing() : line)
                    .append('\n');
        }
        String legend = legend(range);
        if (!legend.isEmpty()) {
            out.append(margin).append(legend).append('\n');
        }
        return out.toString();
    }

    private String cell(double value, double[] range, String number, int width) {
        if (Double.isNaN(value)) {
            return " ".repeat(width);
        }
        double t = range[1] > range[0] ? (value - range[0]) / (range[1] - range[0]) : 0.5;
        if (b.mode == ColorMode.ASCII) {
            return number != null
                    ? " ".repeat(width - number.length()) + number
                    : String.valueOf(ColorMode.rampChar(t)).repeat(width);
        }
        int rgb = b.colormap.rgb(t);
        if (number == null) {
            return b.mode.foreground(rgb) + "\u2588".repeat(width);
        }
        return b.mode.background(rgb)
                + b.mode.foreground(Colormap.contrasting(rgb))
                + " ".repeat(width - number.length())
                + number;
    }

    /** Column labels: one line when they fit in a cell, else written top to bottom. */
    private List<String> columnHeader(int cols, int cell) {
        List<String> lines = new ArrayList<>();
        if (b.columnLabels.isEmpty()) {
            return lines;
        }
        int longest = 0;
        for (int c = 0; c < cols; c++) {
            longest = Math.max(longest, label(b.columnLabels, c, VERTICAL_LIMIT).length());
        }
        if (longest < cell) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < cols; c++) {
                String label = label(b.columnLabels, c, cell);
                line.append(" ".repeat(cell - label.length())).append(label);
            }
            lines.add(line.toString());
            return lines;
        }
        for (int i = 0; i < longest; i++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < cols; c++) {
                String label = label(b.columnLabels, c, VERTICAL_LIMIT);
                line.append(" ".repeat(cell - 1))
                        .append(i < label.length() ? label.charAt(i) : ' ');
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private String legend(double[] range) {
        String lo = CompactNumber.format(range[0]);
        String hi = CompactNumber.format(range[1]);
        if (b.mode == ColorMode.ASCII) {
            return b.annotate ? "" : lo + " [" + ColorMode.RAMP + "] " + hi;
        }
        StringBuilder sb = new StringBuilder(lo).append(' ');
        for (int i = 0; i < LEGEND_CELLS; i++) {
            sb.append(b.mode.foreground(b.colormap.rgb(i / (double) (LEGEND_CELLS - 1))))
                    .append('\u2588');
        }
        return sb.append(Ansi.RESET).append(' ').append(hi).toString();
    }

    /** {@code {min, max}}: the given range, else the finite data's (0, 1 if none). */
    private double[] range() {
        if (!Double.isNaN(b.min)) {
            return new double[] {b.min, b.max};
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] row : b.values) {
            for (double x : row) {
                if (Double.isFinite(x)) {
                    lo = Math.min(lo, x);
                    hi = Math.max(hi, x);
                }
            }
        }
        return lo > hi ? new double[] {0, 1} : new double[] {lo, hi};
    }

    private static String label(List<String> labels, int i, int limit) {
        String s =
                i < labels.size() && labels.get(i) != null ? labels.get(i).replace('\n', ' ') : "";
        return s.length() > limit ? s.substring(0, limit) : s;
    }

    private static String pad(String s, int width) {
        return " ".repeat(Math.max(0, width - s.length())) + s;
    }

    /** Collects a heatmap's values and options; {@link #build()} makes the {@link Heatmap}. */
    public static final class Builder {
        private final double[][] values;
        private List<String> rowLabels = List.of();
        private List<String> columnLabels = List.of();
        private String title = "";
        private Colormap colormap = Colormap.VIRIDIS;
        private ColorMode mode = ColorMode.ASCII;
        private boolean annotate;
        private double min = Double.NaN;
        private double max = Double.NaN;

        private Builder(double[][] values) {
            Objects.requireNonNull(values, "values");
            for (double[] row : values) {
                if (row.length != values[0].length) {
                    throw new IllegalArgumentException(
                            "ragged rows: " + row.length + " vs " + values[0].length);
                }
            }
            this.values = values;
        }

        /** Labels down the left side, one per row. */
        public Builder rowLabels(List<String> labels) {
            this.rowLabels = List.copyOf(labels);
            return this;
        }

        /** Labels across the top, one per column. */
        public Builder columnLabels(List<String> labels) {
            this.columnLabels = List.copyOf(labels);
            return this;
        }

        /** A title line above the map. */
        public Builder title(String title) {
            this.title = Objects.requireNonNull(title, "title");
            return this;
        }

        /** The colours (default {@link Colormap#VIRIDIS}). */
        public Builder colormap(Colormap colormap) {
            this.colormap = Objects.requireNonNull(colormap, "colormap");
            return this;
        }

        /** True colour, 256 colours or ASCII (default ASCII). */
        public Builder colorMode(ColorMode mode) {
            this.mode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /** Writes each value in its cell (confusion matrices). */
        public Builder annotate(boolean annotate) {
            this.annotate = annotate;
            return this;
        }

        /** Fixes the value range mapped to the colour scale (e.g. 0 to 1 for probabilities). */
        public Builder range(double min, double max) {
            if (!(min < max)) {
                throw new IllegalArgumentException("need min < max: " + min + ", " + max);
            }
            this.min = min;
            this.max = max;
            return this;
        }

        /** The heatmap; later changes to this builder do not affect it. */
        public Heatmap build() {
            Builder copy = new Builder(values);
            copy.rowLabels = rowLabels;
            copy.columnLabels = columnLabels;
            copy.title = title;
            copy.colormap = colormap;
            copy.mode = mode;
            copy.annotate = annotate;
            copy.min = min;
            copy.max = max;
            return new Heatmap(copy);
        }
    }

    /**
     * Number text for annotated cells: integers when every value is whole, else 2 decimals or
     * compact.
     */
    static final class Numbers {
        private Numbers() {}

        static String[] formatAll(double[][] values) {
            boolean whole = true;
            double biggest = 0;
            List<Double> flat = new ArrayList<>();
            for (double[] row : values) {
                for (double x : row) {
                    flat.add(x);
                    if (Double.isFinite(x)) {
                        whole &= x == Math.rint(x) && Math.abs(x) < 1e9;
                        biggest = Math.max(biggest, Math.abs(x));
                    }
                }
            }
            String[] out = new String[flat.size()];
            for (int i = 0; i < out.length; i++) {
                double x = flat.get(i);
                out[i] =
                        Double.isNaN(x)
                                ? ""
                                : whole
                                        ? String.valueOf((long) x)
                                        : biggest < 100
                                                ? String.format(Locale.ROOT, "%.2f", x)
                                                : CompactNumber.format(x);
            }
            return out;
        }
    }
}
