package dltutor.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * A line and scatter chart drawn with text: braille dots on Unicode terminals, one marker character
 * per cell on dumb ones.
 *
 * <pre>{@code
 * String text = Chart.builder()
 *         .title("Training loss").xLabel("epoch")
 *         .line(Series.of("train", trainLoss))
 *         .scatter(Series.of("valid", validLoss))
 *         .build().render();
 * }</pre>
 *
 * <p>The output has a centred title, a y-axis with 3–5 tick labels, an x-axis labelled at its ends
 * and middle, and a legend. Points that are NaN or infinite (or not positive on a log axis) are
 * skipped; a line joins the remaining neighbours. Series are coloured blue, red, green, yellow,
 * magenta, cyan (or marked {@code * o + x # @}) in the order added.
 */
public final class Chart {

    private static final List<BiFunction<Ansi, String, String>> PALETTE =
            List.of(Ansi::blue, Ansi::red, Ansi::green, Ansi::yellow, Ansi::magenta, Ansi::cyan);
    private static final char[] MARKERS = {'*', 'o', '+', 'x', '#', '@'};

    /** A series and whether consecutive points are joined. */
    private record Plot(Series series, boolean connected) {}

    /**
     * Everything set on the builder except the series; {@code yMin}/{@code yMax} are NaN unless
     * fixed.
     */
    private record Options(
            String title,
            String xLabel,
            String yLabel,
            int width,
            int height,
            boolean logX,
            boolean logY,
            double yMin,
            double yMax,
            boolean unicode,
            Ansi ansi,
            int maxColumns) {
        /** The same settings with a narrower plotting area and no further limit. */
        Options narrowed(int plotWidth) {
            return new Options(
                    title, xLabel, yLabel, plotWidth, height, logX, logY, yMin, yMax, unicode, ansi,
                    0);
        }
    }

    private final Options options;
    private final List<Plot> plots;

    private Chart(Options options, List<Plot> plots) {
        this.options = options;
        this.plots = List.copyOf(plots);
    }

    /** Starts a chart: 60×12 cells, linear axes, Unicode, no colour. */
    public static Builder builder() {
        return new Builder();
    }

    /** Draws the chart; the text ends with a newline and has ANSI codes only if enabled. */
    public String render() {
        Scale x = fit(true);
        Scale y =
                Double.isNaN(options.yMin())
                        ? fit(false)
                        : Scale.covering(options.yMin(), options.yMax(), options.logY());
        if (x == null || y == null) {
            return (options.title().isEmpty() ? "" : options.title() + ": ") + "(no data)\n";
        }
        String[] ticks = AxisLabels.yTicks(y, options.height());
        int labelWidth = 0;
        for (String tick : ticks) {
            labelWidth = Math.max(labelWidth, tick == null ? 0 : tick.length());
        }
        int fitting = options.maxColumns() - labelWidth - 2;
        if (options.maxColumns() > 0 && fitting < options.width()) { // the terminal is narrower
            return fitLines(new Chart(options.narrowed(Math.max(10, fitting)), plots).render());
        }
        if (options.maxColumns() > 0) {
            return fitLines(new Chart(options.narrowed(options.width()), plots).render());
        }
        String margin = " ".repeat(labelWidth + 2);

        List<String> lines = new ArrayList<>();
        if (!options.title().isEmpty()) {
            lines.add(
                    centred(
                            options.ansi().bold(options.title()),
                            labelWidth + 2 + options.width()));
        }
        if (!options.yLabel().isEmpty()) {
            lines.add(options.yLabel());
        }
        Canvas canvas = draw(x, y);
        boolean unicode = options.unicode();
        for (int row = 0; row < options.height(); row++) {
            String tick = ticks[row] == null ? "" : ticks[row];
            String axis =
                    ticks[row] == null ? (unicode ? "\u2502" : "|") : (unicode ? "\u2524" : "+");
            lines.add(
                    " ".repeat(labelWidth - tick.length())
                            + tick
                            + " "
                            + axis
                            + plotRow(canvas, row));
        }
        String corner = unicode ? "\u2514" : "+";
        lines.add(
                " ".repeat(labelWidth + 1)
                        + corner
                        + (unicode ? "\u2500" : "-").repeat(options.width()));
        lines.add(margin + AxisLabels.xTicks(x, options.width()));
        if (!options.xLabel().isEmpty()) {
            lines.add(margin + centred(options.xLabel(), options.width()));
        }
        lines.add(legend());

        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            if (!line.isEmpty()) {
                out.append(line.stripTrailing()).append('\n');
            }
        }
        return out.toString();
    }

    /** Wraps any line (a long title or legend) that is wider than {@code maxColumns}. */
    private String fitLines(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) {
            if (Ansi.visibleLength(line) <= options.maxColumns()) {
                out.append(line).append('\n');
                continue;
            }
            for (String part : TextWrap.wrap(line, options.maxColumns())) {
                out.append(part.stripTrailing()).append('\n');
            }
        }
        return out.toString();
    }

    /** {@code text} with spaces in front to centre it in {@code width} columns. */
    private static String centred(String text, int width) {
        return " ".repeat(Math.max(0, (width - Ansi.visibleLength(text)) / 2)) + text;
    }

    /**
     * The scale covering every drawable point on the x axis or y axis, or null if there is none.
     */
    private Scale fit(boolean xAxis) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Plot plot : plots) {
            double[] xs = plot.series().xs();
            double[] ys = plot.series().ys();
            for (int i = 0; i < xs.length; i++) {
                if (drawable(xs[i], ys[i])) {
                    double v = xAxis ? xs[i] : ys[i];
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        return lo > hi ? null : Scale.covering(lo, hi, xAxis ? options.logX() : options.logY());
    }

    private boolean drawable(double x, double y) {
        return !Double.isNaN(Scale.toAxis(x, options.logX()))
                && !Double.isNaN(Scale.toAxis(y, options.logY()));
    }

    /** Puts every series on a fresh canvas, in order, so later series win shared cells. */
    private Canvas draw(Scale x, Scale y) {
        Canvas canvas = new Canvas(options.width(), options.height(), options.unicode());
        double right = canvas.dotsWide() - 1;
        double bottom = canvas.dotsHigh() - 1;
        for (int k = 0; k < plots.size(); k++) {
            Plot plot = plots.get(k);
            double[] xs = plot.series().xs();
            double[] ys = plot.series().ys();
            List<double[]> dots = new ArrayList<>();
            for (int i = 0; i < xs.length; i++) {
                if (drawable(xs[i], ys[i])) {
                    dots.add(
                            new double[] {
                                x.fraction(xs[i]) * right, (1 - y.fraction(ys[i])) * bottom
                            });
                }
            }
            for (int i = 0; i < dots.size(); i++) {
                double[] dot = dots.get(i);
                if (plot.connected() && i > 0) {
                    double[] previous = dots.get(i - 1);
                    canvas.line(previous[0], previous[1], dot[0], dot[1], k);
                } else {
                    canvas.dot(dot[0], dot[1], k);
                }
            }
        }
        return canvas;
    }

    /** One row of cells; runs of cells owned by the same series share one colour code. */
    private String plotRow(Canvas canvas, int row) {
        StringBuilder out = new StringBuilder();
        int column = 0;
        while (column < options.width()) {
            int owner = canvas.owner(column, row);
            StringBuilder run = new StringBuilder();
            for (; column < options.width() && canvas.owner(column, row) == owner; column++) {
                run.append(
                        owner < 0
                                ? ' '
                                : options.unicode()
                                        ? canvas.braille(column, row)
                                        : MARKERS[owner % MARKERS.length]);
            }
            out.append(owner < 0 ? run.toString() : colour(owner, run.toString()));
        }
        return out.toString();
    }

    /** {@code ■ name} (or {@code * name}) per named series, in the series colour. */
    private String legend() {
        List<String> entries = new ArrayList<>();
        for (int k = 0; k < plots.size(); k++) {
            String name = plots.get(k).series().name();
            if (!name.isBlank()) {
                String marker =
                        options.unicode() ? "\u25A0" : String.valueOf(MARKERS[k % MARKERS.length]);
                entries.add(colour(k, marker + " " + name));
            }
        }
        return String.join("  ", entries);
    }

    private String colour(int series, String text) {
        return PALETTE.get(series % PALETTE.size()).apply(options.ansi(), text);
    }

    /**
     * Collects the chart's settings and series; {@link #build()} makes an immutable {@link Chart}.
     */
    public static final class Builder {
        private String title = "";
        private String xLabel = "";
        private String yLabel = "";
        private int width = 60;
        private int height = 12;
        private int maxColumns;
        private boolean logX;
        private boolean logY;
        private double yMin = Double.NaN;
        private double yMax = Double.NaN;
        private boolean unicode = true;
        private Ansi ansi = Ansi.of(false);
        private final List<Plot> plots = new ArrayList<>();

        private Builder() {}

        /** Title centred above the chart (bold when colour is on). */
        public Builder title(String title) {
            this.title = Objects.requireNonNull(title, "title");
            return this;
        }

        /** Width of the plotting area in columns (at least 10; default 60). */
        public Builder width(int width) {
            if (width < 10) {
                throw new IllegalArgumentException("width must be at least 10: " + width);
            }
            this.width = width;
            return this;
        }

        /**
         * The terminal's width: no line of the chart is wider (the plotting area narrows, down to
         * 10 columns, and a long title or legend wraps). 0 (the default) sets no limit.
         */
        public Builder maxColumns(int columns) {
            this.maxColumns = Math.max(0, columns);
            return this;
        }

        /** Height of the plotting area in rows (at least 3; default 12). */
        public Builder height(int height) {
            if (height < 3) {
                throw new IllegalArgumentException("height must be at least 3: " + height);
            }
            this.height = height;
            return this;
        }

        /** Logarithmic x axis; points with x ≤ 0 are skipped. */
        public Builder logX(boolean logX) {
            this.logX = logX;
            return this;
        }

        /** Logarithmic y axis; points with y ≤ 0 are skipped. */
        public Builder logY(boolean logY) {
            this.logY = logY;
            return this;
        }

        /** Label centred under the x axis. */
        public Builder xLabel(String xLabel) {
            this.xLabel = Objects.requireNonNull(xLabel, "xLabel");
            return this;
        }

        /** Label above the y axis. */
        public Builder yLabel(String yLabel) {
            this.yLabel = Objects.requireNonNull(yLabel, "yLabel");
            return this;
        }

        /** Fixed y range instead of the data's; lines leaving it are clipped. */
        public Builder yRange(double min, double max) {
            if (!(min < max) || !Double.isFinite(min) || !Double.isFinite(max)) {
                throw new IllegalArgumentException("need finite min < max: " + min + ", " + max);
            }
            this.yMin = min;
            this.yMax = max;
            return this;
        }

        /** Braille and box characters (default) or plain ASCII. */
        public Builder unicode(boolean unicode) {
            this.unicode = unicode;
            return this;
        }

        /** Styling for colours and the bold title (default: disabled). */
        public Builder ansi(Ansi ansi) {
            this.ansi = Objects.requireNonNull(ansi, "ansi");
            return this;
        }

        /** Adds a series drawn as a connected line. */
        public Builder line(Series series) {
            plots.add(new Plot(Objects.requireNonNull(series, "series"), true));
            return this;
        }

        /** Adds a series drawn as separate points. */
        public Builder scatter(Series series) {
            plots.add(new Plot(Objects.requireNonNull(series, "series"), false));
            return this;
        }

        /** An immutable chart of the current settings; the builder can be reused. */
        public Chart build() {
            if (logY && !Double.isNaN(yMin) && yMin <= 0) {
                throw new IllegalArgumentException("a log y range must be positive: " + yMin);
            }
            Options options =
                    new Options(
                            title,
                            xLabel,
                            yLabel,
                            width,
                            height,
                            logX,
                            logY,
                            yMin,
                            yMax,
                            unicode,
                            ansi,
                            maxColumns);
            return new Chart(options, plots);
        }
    }
}
