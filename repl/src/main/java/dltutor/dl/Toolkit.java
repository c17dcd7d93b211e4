package dltutor.dl;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.Random;
import java.util.function.ToDoubleFunction;

/**
 * What every session imports statically: {@code import static dltutor.dl.Toolkit.*}. Small
 * helpers so that lessons spend their lines on the idea, not on plumbing.
 */
public final class Toolkit {
    private static Random random = new Random(0);

    private Toolkit() {}

    /** The session's tensor manager; it owns every array the learner creates. */
    public static NDManager manager() {
        return DjlRuntime.manager();
    }

    /** The device arrays live on (the GPU when there is one, else the CPU). */
    public static Device device() {
        return DjlRuntime.device();
    }

    /**
     * Makes runs reproducible: seeds the engine's generator and the Java generator returned by
     * {@link #rng()}.
     */
    public static void seed(long seed) {
        Engine.getInstance().setRandomSeed((int) seed);
        random = new Random(seed);
    }

    /** The session's seeded Java random generator. */
    public static Random rng() {
        return random;
    }

    /** Whether the learner pressed Ctrl-C; training loops check this between steps. */
    public static boolean stopRequested() {
        return Stop.requested();
    }

    /** The values of an array of any shape, flattened, as doubles. */
    public static double[] toDoubles(NDArray a) {
        return a.toType(ai.djl.ndarray.types.DataType.FLOAT64, false).toDoubleArray();
    }

    /** The single value of a one-element array. */
    public static double scalar(NDArray a) {
        return toDoubles(a)[0];
    }

    /**
     * Sets the gradients of these arrays to zero. PyTorch adds each backward pass's gradient to
     * what is already there, so a hand-written training loop zeroes them before every step.
     */
    public static void zeroGrad(NDArray... arrays) {
        for (NDArray a : arrays) {
            if (a.hasGradient()) {
                NDArray g = a.getGradient();
                g.subi(g);
            }
        }
    }

    /** An array's shape as a {@code long[]} (handy in checks). */
    public static long[] shapeOf(NDArray a) {
        return a.getShape().getShape();
    }

    /** {@code n} evenly spaced values from {@code from} to {@code to}, inclusive. */
    public static double[] linspace(double from, double to, int n) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = n == 1 ? from : from + (to - from) * i / (n - 1);
        }
        return out;
    }

    /**
     * Starts a terminal chart; add series, then {@code show()}:
     * {@code plot("loss").line("train", losses).show()}.
     */
    public static Plot plot(String title) {
        return new Plot(title);
    }

    /**
     * Draws the regions where a 2-D classifier's {@code score} is at least {@code threshold}
     * (shaded) or below it (blank), with the data points on top, and counts the points on the
     * right side.
     *
     * @param score the model, from a point {@code {x0, x1}} to a score
     */
    public static void showBoundary(String title, ToDoubleFunction<double[]> score, double threshold, Points data) {
        int cols = Math.max(30, Math.min(72, Display.width() - 4));
        System.out.print(Boundary.render(title, score, threshold, data, cols, 20, Display.ansi(), Display.unicode()));
        System.out.flush();
    }

    /** The four points of XOR, labelled 0/1: the problem a single layer cannot solve. */
    public static Points xor() {
        return new Points(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}}, new int[] {0, 1, 1, 0});
    }

    /**
     * Two interleaving half-moons, {@code n} points in all, with Gaussian noise of standard
     * deviation {@code noise}; a classic non-linearly separable toy problem.
     */
    public static Points moons(int n, double noise, long seed) {
        Random r = new Random(seed);
        double[][] x = new double[n][2];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            int label = i % 2;
            double t = Math.PI * r.nextDouble();
            double px = label == 0 ? Math.cos(t) : 1 - Math.cos(t);
            double py = label == 0 ? Math.sin(t) : 0.5 - Math.sin(t);
            x[i][0] = px + noise * r.nextGaussian();
            x[i][1] = py + noise * r.nextGaussian();
            y[i] = label;
        }
        return new Points(x, y);
    }
}
