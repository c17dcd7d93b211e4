package dltutor.dl;

import dltutor.data.Points;
import dltutor.render.Chart;
import dltutor.render.PngExport;
import dltutor.render.Series;
import dltutor.runtime.Display;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A chart in the terminal: braille lines and points (ASCII on a dumb terminal). Made with {@code
 * plot("title")}, filled with series, then {@link #show()}n.
 *
 * <pre>{@code
 * plot("loss").line("train", losses).logX().show();
 * }</pre>
 */
public final class Plot {
    private final Chart.Builder chart;
    private final String title;
    private final List<Series> lines = new ArrayList<>();
    private final List<Series> points = new ArrayList<>();
    private String xLabel = "";
    private String yLabel = "";
    private boolean logY;

    Plot(String title) {
        this.title = title;
        chart =
                Chart.builder()
                        .title(title)
                        .unicode(Display.unicode())
                        .ansi(Display.ansi())
                        .width(Math.max(30, Math.min(70, Display.width() - 14)))
                        .height(12);
    }

    /** A line through {@code ys} at x = 0, 1, 2, … */
    public Plot line(String name, double[] ys) {
        Series s = Series.of(name, ys);
        chart.line(s);
        lines.add(s);
        return this;
    }

    /** A line through the points (xs[i], ys[i]). */
    public Plot line(String name, double[] xs, double[] ys) {
        Series s = new Series(name, xs, ys);
        chart.line(s);
        lines.add(s);
        return this;
    }

    /** Points at (xs[i], ys[i]). */
    public Plot scatter(String name, double[] xs, double[] ys) {
        Series s = new Series(name, xs, ys);
        chart.scatter(s);
        points.add(s);
        return this;
    }

    /** The points of a labelled set, one series per class. */
    public Plot points(Points p) {
        int classes = 0;
        for (int y : p.y()) {
            classes = Math.max(classes, y + 1);
        }
        for (int c = 0; c < classes; c++) {
            double[][] xy = p.ofClass(c);
            Series s = new Series("class " + c, xy[0], xy[1]);
            chart.scatter(s);
            points.add(s);
        }
        return this;
    }

    /** A logarithmic x axis (data sizes, steps). */
    public Plot logX() {
        chart.logX(true);
        return this;
    }

    /** A logarithmic y axis (losses that fall by orders of magnitude). */
    public Plot logY() {
        chart.logY(true);
        logY = true;
        return this;
    }

    /** Fixes the y range. */
    public Plot yRange(double min, double max) {
        chart.yRange(min, max);
        return this;
    }

    /** Labels the x axis. */
    public Plot xLabel(String label) {
        chart.xLabel(label);
        xLabel = label;
        return this;
    }

    /** Labels the y axis. */
    public Plot yLabel(String label) {
        chart.yLabel(label);
        yLabel = label;
        return this;
    }

    /** The chart as text, as wide as the terminal is now at most. */
    public String render() {
        return chart.maxColumns(Display.width()).build().render();
    }

    /** Prints the chart. */
    public void show() {
        System.out.print(render());
        System.out.flush();
    }

    /** Writes the chart as a PNG image (720×440) to {@code path}, e.g. {@code "loss.png"}. */
    public void save(String path) {
        try {
            PngExport.writePlot(title, xLabel, yLabel, lines, points, logY, Path.of(path));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + path + ": " + e.getMessage(), e);
        }
    }
}
