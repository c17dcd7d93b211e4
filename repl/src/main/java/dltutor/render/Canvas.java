package dltutor.render;

import java.util.Arrays;

/**
 * A grid of character cells, each made of dots, on which a {@link Chart} draws.
 *
 * <p>In braille mode a cell holds 2×4 dots and becomes one Unicode braille character ({@code
 * U+2800} plus one bit per raised dot). In ASCII mode a cell is a single dot. Each cell also
 * remembers the series that last drew into it, which decides its colour or marker. Dot coordinates
 * start at the top-left corner; dots outside the grid are ignored.
 */
final class Canvas {

    /** Empty braille cell; adding dot bits to it gives the other 255 patterns. */
    private static final int BRAILLE_BASE = 0x2800;

    /** Bit of each braille dot, indexed by {@code [column within cell][row within cell]}. */
    private static final int[][] BRAILLE_BITS = {
        {0x01, 0x02, 0x04, 0x40},
        {0x08, 0x10, 0x20, 0x80},
    };

    private final int columns;
    private final int rows;
    private final int cellWidth;
    private final int cellHeight;
    private final int[][] bits;
    private final int[][] owner;

    /** An empty canvas of {@code columns × rows} cells. */
    Canvas(int columns, int rows, boolean braille) {
        this.columns = columns;
        this.rows = rows;
        this.cellWidth = braille ? 2 : 1;
        this.cellHeight = braille ? 4 : 1;
        this.bits = new int[rows][columns];
        this.owner = new int[rows][columns];
        for (int[] row : owner) {
            Arrays.fill(row, -1);
        }
    }

    /** Width in dots. */
    int dotsWide() {
        return columns * cellWidth;
    }

    /** Height in dots. */
    int dotsHigh() {
        return rows * cellHeight;
    }

    /** Raises the dot nearest to {@code (x, y)} for {@code series}. */
    void dot(double x, double y, int series) {
        long dx = Math.round(x);
        long dy = Math.round(y);
        if (dx < 0 || dy < 0 || dx >= dotsWide() || dy >= dotsHigh()) {
            return;
        }
        int column = (int) dx / cellWidth;
        int row = (int) dy / cellHeight;
        if (cellWidth == 2) {
            bits[row][column] |= BRAILLE_BITS[(int) dx % 2][(int) dy % 4];
        }
        owner[row][column] = series;
    }

    /** Draws a straight line between two dots, clipped to the canvas (Bresenham's algorithm). */
    void line(double x0, double y0, double x1, double y1, int series) {
        double[] clipped = clip(x0, y0, x1, y1, dotsWide() - 1, dotsHigh() - 1);
        if (clipped == null) {
            return;
        }
        int x = (int) Math.round(clipped[0]);
        int y = (int) Math.round(clipped[1]);
        int xEnd = (int) Math.round(clipped[2]);
        int yEnd = (int) Math.round(clipped[3]);
        int dx = Math.abs(xEnd - x);
        int dy = -Math.abs(yEnd - y);
        int stepX = x < xEnd ? 1 : -1;
        int stepY = y < yEnd ? 1 : -1;
        int error = dx + dy;
        while (true) {
            dot(x, y, series);
            if (x == xEnd && y == yEnd) {
                return;
            }
            int doubled = 2 * error;
            if (doubled >= dy) {
                error += dy;
                x += stepX;
            }
            if (doubled <= dx) {
                error += dx;
                y += stepY;
            }
        }
    }

    /** The series that last drew into a cell, or -1 if the cell is empty. */
    int owner(int column, int row) {
        return owner[row][column];
    }

    /** The braille character of a cell (meaningful in braille mode only). */
    char braille(int column, int row) {
        return (char) (BRAILLE_BASE + bits[row][column]);
    }

    /**
     * Liang–Barsky clipping of a segment to {@code [0, maxX] × [0, maxY]}.
     *
     * @return the clipped ends {@code {x0, y0, x1, y1}}, or null if the segment misses the box
     */
    private static double[] clip(
            double x0, double y0, double x1, double y1, double maxX, double maxY) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x0, maxX - x0, y0, maxY - y0};
        double enter = 0;
        double leave = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return null;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    enter = Math.max(enter, t);
                } else {
                    leave = Math.min(leave, t);
                }
            }
        }
        if (enter > leave) {
            return null;
        }
        // Unclipped ends are returned exactly: with huge coordinates x0 + 1 * dx may lose x1.
        return new double[] {
            enter > 0 ? x0 + enter * dx : x0, enter > 0 ? y0 + enter * dy : y0,
            leave < 1 ? x0 + leave * dx : x1, leave < 1 ? y0 + leave * dy : y1,
        };
    }
}
