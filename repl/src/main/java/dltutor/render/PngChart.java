package dltutor.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.util.List;

/**
 * A line and scatter plot drawn on a {@link Graphics2D}: the PNG twin of {@link Chart}, with the
 * same scales, tick labels and series colours (blue, red, green, yellow, magenta, cyan).
 */
final class PngChart {

    static final int WIDTH = 720;
    static final int HEIGHT = 440;
    private static final int LEFT = 70;
    private static final int RIGHT = 20;
    private static final int TOP = 40;
    private static final int BOTTOM = 60;
    private static final Color FAINT_GRID = new Color(0xE6E6E6);
    private static final Color[] PALETTE = {
        new Color(0x1F77B4), new Color(0xD62728), new Color(0x2CA02C),
        new Color(0xBCBD22), new Color(0x9467BD), new Color(0x17BECF),
    };

    private PngChart() {}

    /**
     * Draws the chart; the first {@code lines} series are joined by lines, the rest drawn as dots.
     */
    static void draw(
            Graphics2D g,
            String title,
            String xLabel,
            String yLabel,
            List<Series> series,
            int lines,
            boolean logY) {
        double xlo = Double.POSITIVE_INFINITY;
        double xhi = Double.NEGATIVE_INFINITY;
        double ylo = Double.POSITIVE_INFINITY;
        double yhi = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            double[] xs = s.xs();
            double[] ys = s.ys();
            for (int i = 0; i < xs.length; i++) {
                if (Double.isFinite(xs[i]) && !Double.isNaN(Scale.toAxis(ys[i], logY))) {
                    xlo = Math.min(xlo, xs[i]);
                    xhi = Math.max(xhi, xs[i]);
                    ylo = Math.min(ylo, ys[i]);
                    yhi = Math.max(yhi, ys[i]);
                }
            }
        }
        g.setColor(PngExport.INK);
        PngExport.text(g, title, WIDTH / 2, 24, 0.5f);
        if (xlo > xhi) {
            PngExport.text(g, "(no data)", WIDTH / 2, HEIGHT / 2, 0.5f);
            return;
        }
        Scale x = Scale.covering(xlo, xhi, false);
        Scale y = Scale.covering(ylo, yhi, logY);
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;
        String[] yTicks =
                AxisLabels.distinct(
                        new double[] {
                            y.valueAt(0),
                            y.valueAt(0.25),
                            y.valueAt(0.5),
                            y.valueAt(0.75),
                            y.valueAt(1)
                        });
        for (int i = 0; i < yTicks.length; i++) {
            int py = TOP + plotH - (int) Math.round(i / 4.0 * plotH);
            g.setColor(FAINT_GRID);
            g.drawLine(LEFT, py, LEFT + plotW, py);
            g.setColor(PngExport.INK);
            PngExport.text(g, yTicks[i], LEFT - 6, py + 4, 1f);
        }
        String[] xTicks =
                AxisLabels.distinct(new double[] {x.valueAt(0), x.valueAt(0.5), x.valueAt(1)});
        for (int i = 0; i < xTicks.length; i++) {
            int px = LEFT + (int) Math.round(i / 2.0 * plotW);
            PngExport.text(g, xTicks[i], px, TOP + plotH + 18, 0.5f);
        }
        g.setColor(PngExport.INK);
        g.drawRect(LEFT, TOP, plotW, plotH);
        PngExport.text(g, xLabel, LEFT + plotW / 2, TOP + plotH + 36, 0.5f);
        PngExport.text(g, yLabel, 8, TOP - 10, 0f);
        int legendX = LEFT;
        for (int k = 0; k < series.size(); k++) {
            Series s = series.get(k);
            g.setColor(PALETTE[k % PALETTE.length]);
            double[] xs = s.xs();
            double[] ys = s.ys();
            int prevX = Integer.MIN_VALUE;
            int prevY = 0;
            for (int i = 0; i < xs.length; i++) {
                if (!Double.isFinite(xs[i]) || Double.isNaN(Scale.toAxis(ys[i], logY))) {
                    prevX = Integer.MIN_VALUE;
                    continue;
                }
                int px = LEFT + (int) Math.round(x.fraction(xs[i]) * plotW);
                int py = TOP + plotH - (int) Math.round(y.fraction(ys[i]) * plotH);
                boolean joined = k < lines;
                if (joined && prevX != Integer.MIN_VALUE) {
                    g.drawLine(prevX, prevY, px, py);
                } else if (!joined
                        || xs.length == 1
                        || i + 1 >= xs.length
                        || Double.isNaN(Scale.toAxis(ys[i + 1], logY))) {
                    g.fillOval(px - 3, py - 3, 6, 6);
                }
                prevX = px;
                prevY = py;
            }
            if (!s.name().isBlank()) {
                g.fillRect(legendX, HEIGHT - 18, 12, 4);
                g.setColor(PngExport.INK);
                PngExport.text(g, s.name(), legendX + 16, HEIGHT - 12, 0f);
                legendX += 40 + 7 * s.name().length();
            }
        }
    }
}
