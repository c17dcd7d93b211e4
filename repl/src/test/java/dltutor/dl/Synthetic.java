package dltutor.dl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import java.util.Random;

/** Small synthetic problems and models for the toolkit's tests. */
final class Synthetic {

    private Synthetic() {}

    /** {x, y}: n points in 2-D, class 1 when x0 + x1 > 0 (with a margin), labels as float32 (N). */
    static NDArray[] separable(NDManager m, int n, long seed) {
        Random r = new Random(seed);
        float[] x = new float[2 * n];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            float a;
            float b;
            do {
                a = (float) r.nextGaussian();
                b = (float) r.nextGaussian();
            } while (Math.abs(a + b) < 0.2);
            x[2 * i] = a;
            x[2 * i + 1] = b;
            y[i] = a + b > 0 ? 1 : 0;
        }
        return new NDArray[] {m.create(x, new Shape(n, 2)), m.create(y)};
    }

    /** A 2 → hidden → classes MLP with ReLU. */
    static SequentialBlock mlp(int hidden, int classes) {
        return new SequentialBlock()
                .add(Linear.builder().setUnits(hidden).build())
                .add(Activation::relu)
                .add(Linear.builder().setUnits(classes).build());
    }
}
