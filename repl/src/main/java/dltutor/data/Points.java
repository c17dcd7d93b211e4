package dltutor.data;

/**
 * A labelled 2-D point set, the shape of every toy classification problem in the course.
 *
 * @param x the points, {@code x[i] = {x0, x1}}
 * @param y the class of each point (0 or 1 for two classes)
 */
public record Points(double[][] x, int[] y) {

    /** The number of points. */
    public int size() {
        return y.length;
    }

    @Override
    public String toString() {
        int classes = java.util.Arrays.stream(y).max().orElse(-1) + 1;
        int[] counts = new int[Math.max(0, classes)];
        for (int v : y) {
            counts[v]++;
        }
        return "Points[" + size() + " points; per class " + java.util.Arrays.toString(counts) + "]";
    }

    /** The points of one class, as two coordinate arrays {@code {xs, ys}} for plotting. */
    public double[][] ofClass(int label) {
        int n = 0;
        for (int v : y) {
            if (v == label) {
                n++;
            }
        }
        double[][] out = new double[2][n];
        for (int i = 0, k = 0; i < y.length; i++) {
            if (y[i] == label) {
                out[0][k] = x[i][0];
                out[1][k] = x[i][1];
                k++;
            }
        }
        return out;
    }
}
