package dltutor.dl;

import dltutor.data.Points;
import dltutor.render.Ansi;
import java.util.function.ToDoubleFunction;

/**
 * A 2-D classifier's decision regions drawn as a character grid, with the data on top: the picture
 * that shows whether a model's boundary is a line or a curve.
 */
final class Boundary {
    private Boundary() {}

    static String render(
            String title,
            ToDoubleFunction<double[]> score,
            double threshold,
            Points data,
            int cols,
            int rows,
            Ansi ansi,
            boolean unicode) {
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (double[] p : data.x()) {
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            minY = Math.min(minY, p[1]);
            maxY = Math.max(maxY, p[1]);
        }
        double padX = Math.max(1e-9, (maxX - minX) * 0.1);
        double padY = Math.max(1e-9, (maxY - minY) * 0.1);
        minX -= padX;
        maxX += padX;
        minY -= padY;
        maxY += padY;
        int[][] cls = new int[rows][cols];
        for (int i = 0; i < data.size(); i++) {
            int c = (int) Math.round((data.x()[i][0] - minX) / (maxX - minX) * (cols - 1));
            int r = (int) Math.round((maxY - data.x()[i][1]) / (maxY - minY) * (rows - 1));
            cls[r][c] = data.y()[i] + 1;
        }
        String above = unicode ? "░" : ".";
        String below = " ";
        StringBuilder sb = new StringBuilder();
        sb.append(ansi.bold(title)).append('\n');
        int agree = 0;
        for (int i = 0; i < data.size(); i++) {
            boolean predicted = score.applyAsDouble(data.x()[i]) >= threshold;
            if (predicted == (data.y()[i] == 1)) {
                agree++;
            }
        }
        for (int r = 0; r < rows; r++) {
            sb.append(unicode ? "│" : "|");
            for (int c = 0; c < cols; c++) {
                double x = minX + (maxX - minX) * c / (cols - 1);
                double y = maxY - (maxY - minY) * r / (rows - 1);
                boolean one = score.applyAsDouble(new double[] {x, y}) >= threshold;
                if (cls[r][c] == 1) {
                    sb.append(ansi.blue(unicode ? "●" : "o"));
                } else if (cls[r][c] == 2) {
                    sb.append(ansi.red(unicode ? "▲" : "x"));
                } else {
                    sb.append(one ? ansi.dim(ansi.red(above)) : below);
                }
            }
            sb.append('\n');
        }
        sb.append(unicode ? "└" + "─".repeat(cols) : "+" + "-".repeat(cols)).append('\n');
        sb.append(
                String.format(
                        java.util.Locale.ROOT,
                        "%s class 0   %s class 1   %s region predicted 1   "
                                + "x ∈ [%.2f, %.2f], y ∈ [%.2f, %.2f]   %d/%d points on the right side%n",
                        ansi.blue(unicode ? "●" : "o"),
                        ansi.red(unicode ? "▲" : "x"),
                        ansi.red(above),
                        minX,
                        maxX,
                        minY,
                        maxY,
                        agree,
                        data.size()));
        return sb.toString();
    }
}
