package dltutor.bench;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.loss.Loss;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference that {@code fit} is measured against: a training loop written straight on NDArrays,
 * as a careful programmer would write it with nothing but DJL's arrays and autograd. Each step
 * gathers a shuffled batch, runs forward, loss and backward under a {@link GradientCollector},
 * reads the loss, and applies a hand-written Adam update in place (Kingma and Ba, 2014: m ← β₁m +
 * (1−β₁)g, v ← β₂v + (1−β₂)g², θ ← θ − η·m̂/(√v̂ + ε)); every temporary lives in a sub-manager
 * closed after the step. No Trainer, no listener, no history.
 */
final class RawLoop {
    private static final float BETA1 = 0.9f;
    private static final float BETA2 = 0.999f;
    private static final float EPS = 1e-8f;

    private RawLoop() {}

    /**
     * Trains {@code warmup + timed} steps and returns {seconds to the end of the first step (set-up
     * and one cold step), steps per second over the timed steps}.
     *
     * @param x (N, …) inputs on {@code manager}
     * @param y (N) class labels on {@code manager}
     */
    static double[] run(
            Block block,
            NDManager manager,
            NDArray x,
            NDArray y,
            int batch,
            float lr,
            int warmup,
            int timed) {
        long t0 = System.nanoTime();
        Loss loss = Loss.softmaxCrossEntropyLoss();
        block.initialize(manager, DataType.FLOAT32, new Shape(batch).addAll(x.getShape().slice(1)));
        List<NDArray> params = new ArrayList<>();
        List<NDArray[]> moments = new ArrayList<>();
        for (Pair<String, Parameter> p : block.getParameters()) {
            NDArray w = p.getValue().getArray();
            w.setRequiresGradient(true);
            params.add(w);
            moments.add(new NDArray[] {manager.zeros(w.getShape()), manager.zeros(w.getShape())});
        }
        ParameterStore store = new ParameterStore(manager, false);
        long n = x.getShape().get(0);
        long perEpoch = n / batch;
        double first = 0;
        NDArray permutation = null;
        long started = 0;
        float sink = 0;
        for (int step = 0; step < warmup + timed; step++) {
            if (step == warmup) {
                started = System.nanoTime();
            }
            long at = step % perEpoch;
            if (at == 0) {
                if (permutation != null) {
                    permutation.close();
                }
                permutation = manager.randomPermutation(n);
            }
            try (NDManager sub = manager.newSubManager()) {
                NDArray index =
                        permutation.get(new NDIndex().addSliceDim(at * batch, (at + 1) * batch));
                index.attach(sub);
                NDArray xb = x.get(index);
                NDArray yb = y.get(index);
                xb.attach(sub);
                yb.attach(sub);
                try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                    NDArray out = block.forward(store, new NDList(xb), true).singletonOrThrow();
                    NDArray l = loss.evaluate(new NDList(yb), new NDList(out));
                    gc.backward(l);
                    sink += l.toFloatArray()[0];
                }
                adam(params, moments, sub, lr, step + 1);
            }
            if (step == 0) {
                first = (System.nanoTime() - t0) / 1e9;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (permutation != null) {
            permutation.close();
        }
        double rate = timed / seconds;
        return new double[] {first, Float.isNaN(sink) ? -rate : rate};
    }

    /** One Adam step on every parameter, in place; the gradients are zeroed afterwards. */
    private static void adam(
            List<NDArray> params, List<NDArray[]> moments, NDManager sub, float lr, int t) {
        float c1 = 1 - (float) Math.pow(BETA1, t);
        float c2 = 1 - (float) Math.pow(BETA2, t);
        for (int i = 0; i < params.size(); i++) {
            NDArray w = params.get(i);
            NDArray g = w.getGradient();
            g.attach(sub); // the gradient view and its temporaries go with the step
            NDArray m = moments.get(i)[0];
            NDArray v = moments.get(i)[1];
            m.muli(BETA1).addi(g.mul(1 - BETA1));
            v.muli(BETA2).addi(g.square().muli(1 - BETA2));
            NDArray update = m.div(c1).divi(v.div(c2).sqrt().addi(EPS)).muli(lr);
            w.subi(update);
            g.subi(g); // zero the gradient for the next backward pass
        }
    }
}
