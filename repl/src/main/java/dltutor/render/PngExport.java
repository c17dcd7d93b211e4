package dltutor.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Writes the toolkit's pictures as PNG files, for a learner who wants a sharper look than a
 * terminal gives or a figure for their notes: an image grid with labels, a heatmap with a colour
 * bar, and a line or scatter plot like {@link Chart}'s.
 *
 * <p>Everything is drawn into a {@link BufferedImage} in headless mode and written with {@link
 * ImageIO}; no window opens and nothing is needed beyond the JDK. If the JDK has no usable fonts
 * (some minimal Linux images), the picture is written without its text. Pixels are scaled up by
 * pixel replication (nearest neighbour), so a 28×28 digit stays crisp. Input: {@link Pixels} (HWC,
 * 0..1), matrices {@code values[R][C]}, {@link Series}.
 */
public final class PngExport {

    static final Color INK = new Color(0x222222);
    private static final int PAD = 8;
    private static boolean fontsWork = true;

    private PngExport() {}

    /**
     * An image grid: each image scaled up {@code scale} times (nearest neighbour), with its label
     * underneath.
     */
    public static void writeImageGrid(
            List<Pixels> images, List<String> labels, int columns, int scale, Path file)
            throws IOException {
        if (images.isEmpty()) {
            throw new IllegalArgumentException("no images to write");
        }
        int w = 0;
        int h = 0;
        for (Pixels p : images) {
            w = Math.max(w, p.width() * scale);
            h = Math.max(h, p.height() * scale);
        }
        int cols = Math.max(1, Math.min(columns, images.size()));
        int rows = (images.size() + cols - 1) / cols;
        int labelHeight = labels.isEmpty() ? 0 : 16;
        int cellW = Math.max(w, labels.isEmpty() ? 0 : 48);
        BufferedImage out =
                canvas(PAD + cols * (cellW + PAD), PAD + rows * (h + labelHeight + PAD));
        Graphics2D g = graphics(out);
        for (int i = 0; i < images.size(); i++) {
            int x0 = PAD + (i % cols) * (cellW + PAD) + (cellW - w) / 2;
            int y0 = PAD + (i / cols) * (h + labelHeight + PAD);
            Pixels p = images.get(i);
            for (int r = 0; r < p.height(); r++) {
                for (int c = 0; c < p.width(); c++) {
                    g.setColor(new Color(p.rgb(r, c)));
                    g.fillRect(x0 + c * scale, y0 + r * scale, scale, scale);
                }
            }
            if (i < labels.size()) {
                text(g, labels.get(i), x0 + w / 2, y0 + h + 13, 0.5f);
            }
        }
        write(out, g, file);
    }

    /**
     * A heatmap: one square per value coloured by {@code colormap} from the smallest to the largest
     * value, row labels on the left, column labels on top (turned when long), a colour bar on the
     * right, and the values written in the cells when {@code annotate}.
     */
    public static void writeHeatmap(
            double[][] values,
            List<String> rowLabels,
            List<String> columnLabels,
            String title,
            Colormap colormap,
            boolean annotate,
            Path file)
            throws IOException {
        int rows = values.length;
        int cols = rows == 0 ? 0 : values[0].length;
        int cell =
                annotate ? 40 : Math.max(8, Math.min(32, 480 / Math.max(1, Math.max(rows, cols))));
        int left = rowLabels.isEmpty() ? PAD : 90;
        int top = (title.isEmpty() ? PAD : 28) + (columnLabels.isEmpty() ? 0 : 70);
        BufferedImage out = canvas(left + cols * cell + 90, top + rows * cell + PAD * 3);
        Graphics2D g = graphics(out);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] row : values) {
            for (double v : row) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (lo > hi) {
            lo = 0;
            hi = 1;
        }
        String[] numbers = annotate ? Heatmap.Numbers.formatAll(values) : new String[0];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double v = values[r][c];
                if (Double.isNaN(v)) {
                    continue;
                }
                int rgb = colormap.rgb(hi > lo ? (v - lo) / (hi - lo) : 0.5);
                g.setColor(new Color(rgb));
                g.fillRect(left + c * cell, top + r * cell, cell, cell);
                if (annotate) {
                    g.setColor(new Color(Colormap.contrasting(rgb)));
                    text(
                            g,
                            numbers[r * cols + c],
                            left + c * cell + cell / 2,
                            top + r * cell + cell / 2 + 5,
                            0.5f);
                }
            }
        }
        g.setColor(INK);
        if (!title.isEmpty()) {
            text(g, title, left, 18, 0f);
        }
        for (int r = 0; r < rows && r < rowLabels.size(); r++) {
            text(g, rowLabels.get(r), left - 6, top + r * cell + cell / 2 + 5, 1f);
        }
        for (int c = 0; c < cols && c < columnLabels.size(); c++) {
            Graphics2D turned = (Graphics2D) g.create();
            turned.translate(left + c * cell + cell / 2 + 5, top - 6);
            turned.rotate(-Math.PI / 2);
            text(turned, columnLabels.get(c), 0, 0, 0f);
            turned.dispose();
        }
        int barX = left + cols * cell + 20;
        int barH = Math.max(40, rows * cell);
        for (int y = 0; y < barH; y++) {
            g.setColor(new Color(colormap.rgb(1 - y / (double) (barH - 1))));
            g.fillRect(barX, top + y, 14, 1);
        }
        g.setColor(INK);
        text(g, CompactNumber.format(hi), barX + 18, top + 10, 0f);
        text(g, CompactNumber.format(lo), barX + 18, top + barH, 0f);
        write(out, g, file);
    }

    /** A line plot of the series with axes, ticks and a legend, 720×440 pixels. */
    public static void writeLinePlot(
            String title,
            String xLabel,
            String yLabel,
            List<Series> series,
            boolean logY,
            Path file)
            throws IOException {
        writePlot(title, xLabel, yLabel, series, List.of(), logY, file);
    }

    /**
     * A plot of lines and of points (scatter series), with axes, ticks and a legend, 720×440
     * pixels.
     */
    public static void writePlot(
            String title,
            String xLabel,
            String yLabel,
            List<Series> lines,
            List<Series> points,
            boolean logY,
            Path file)
            throws IOException {
        BufferedImage out = canvas(PngChart.WIDTH, PngChart.HEIGHT);
        Graphics2D g = graphics(out);
        List<Series> all = new ArrayList<>(lines);
        all.addAll(points);
        PngChart.draw(g, title, xLabel, yLabel, all, lines.size(), logY);
        write(out, g, file);
    }

    static BufferedImage canvas(int width, int height) {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return out;
    }

    static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(
                RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setStroke(new BasicStroke(1.5f));
        return g;
    }

    /**
     * Draws {@code s} with its baseline at {@code y}; {@code align} 0 puts its left end at {@code
     * x}, 0.5 its centre, 1 its right end. Does nothing once fonts have failed.
     */
    static void text(Graphics2D g, String s, int x, int y, float align) {
        if (!fontsWork || s == null || s.isEmpty()) {
            return;
        }
        try {
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            FontMetrics m = g.getFontMetrics();
            g.drawString(s, x - Math.round(m.stringWidth(s) * align), y);
        } catch (RuntimeException | LinkageError | InternalError e) {
            // A JDK without fonts (fontconfig missing) fails here; the picture is still useful.
            fontsWork = false;
        }
    }

    private static void write(BufferedImage image, Graphics2D g, Path file) throws IOException {
        g.dispose();
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer in this JDK");
        }
    }
}
