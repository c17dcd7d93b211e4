package dltutor.data;

import java.util.Random;

/**
 * Seeded 2-D classification problems: small enough to plot, hard enough to need a hidden layer.
 *
 * <p>XOR is the problem Minsky &amp; Papert (1969) used to show that a single-layer perceptron
 * cannot separate every labelling, and that Rumelhart, Hinton &amp; Williams (1986) solved with one
 * hidden layer trained by backpropagation. Moons (scikit-learn's {@code make_moons}) and spirals
 * (the CS231n toy problem) need curved boundaries; Gaussian mixtures on a ring are the usual toy
 * target of GANs (Metz et al. 2016), where a collapsed generator visibly covers only some modes.
 *
 * <p>Every generator is pure Java and deterministic under its seed, and returns {@link Points}:
 * {@code x} is (N, 2), {@code y} is (N) with classes {@code 0 .. k-1}, classes interleaved.
 */
public final class PointSets {
    private PointSets() {}

    /** The four points of XOR, labelled 0/1: the problem a single layer cannot solve. */
    public static Points xor() {
        return new Points(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}}, new int[] {0, 1, 1, 0});
    }

    /**
     * Noisy XOR: {@code n} points around the four corners of the unit square, label 1 where exactly
     * one coordinate is near 1, with Gaussian noise of standard deviation {@code noise}.
     */
    public static Points xor(int n, double noise, long seed) {
        Random r = new Random(seed);
        double[][] x = new double[n][2];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            int a = i % 2;
            int b = (i / 2) % 2;
            x[i][0] = a + noise * r.nextGaussian();
            x[i][1] = b + noise * r.nextGaussian();
            y[i] = a ^ b;
        }
        return new Points(x, y);
    }

    /**
     * Two interleaving half-moons, {@code n} points in all, with Gaussian noise of standard
     * deviation {@code noise}. The same points as {@code Toolkit.moons(n, noise, seed)}.
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

    /**
     * {@code classes} interleaved spiral arms of {@code perClass} points each, radius 0 to 1, each
     * arm turning through 4 radians; {@code noise} (about 0.2) perturbs the angle.
     */
    public static Points spirals(int classes, int perClass, double noise, long seed) {
        Random r = new Random(seed);
        int n = classes * perClass;
        double[][] x = new double[n][2];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            int c = i % classes;
            int j = i / classes;
            double radius = perClass == 1 ? 0 : (double) j / (perClass - 1);
            double angle = c * 2 * Math.PI / classes + 4.0 * radius + noise * r.nextGaussian();
            x[i][0] = radius * Math.sin(angle);
            x[i][1] = radius * Math.cos(angle);
            y[i] = c;
        }
        return new Points(x, y);
    }

    /**
     * {@code components} round Gaussians of standard deviation {@code std}, centred evenly on a
     * circle of radius 2, {@code perComponent} points each, labelled by component.
     */
    public static Points gaussianMixture(int components, int perComponent, double std, long seed) {
        double[][] centres = new double[components][2];
        for (int c = 0; c < components; c++) {
            double a = 2 * Math.PI * c / components;
            centres[c][0] = 2 * Math.cos(a);
            centres[c][1] = 2 * Math.sin(a);
        }
        return gaussianMixture(centres, std, perComponent, seed);
    }

    /**
     * Round Gaussians of standard deviation {@code std} at the given centres, labelled by centre.
     */
    public static Points gaussianMixture(
            double[][] centres, double std, int perComponent, long seed) {
        Random r = new Random(seed);
        int k = centres.length;
        double[][] x = new double[k * perComponent][2];
        int[] y = new int[k * perComponent];
        for (int i = 0; i < x.length; i++) {
            int c = i % k;
            x[i][0] = centres[c][0] + std * r.nextGaussian();
            x[i][1] = centres[c][1] + std * r.nextGaussian();
            y[i] = c;
        }
        return new Points(x, y);
    }
}
