// 24-diffusion: run silently when the lesson starts.
// The schedule's table helper, the time embedding, two small ε-predictors written as functions
// of their weights (an MLP for 2-D points, a tiny U-Net for 14×14 images), one training loop
// (Adam on random mini-batches of the learner's loss), the data, and a small classifier that
// judges generated images. The diffusion pieces (ᾱ, q(x_t | x_0), the loss, the sampler) are the
// learner's.
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.pooling.Pool;

// ---- the schedule ---------------------------------------------------------------------------

// β as a table indexed by the step t = 0, 1, …, T: beta[0] = 0 (step 0 is the data itself),
// beta[1] = first, …, beta[T] = last, evenly spaced (DDPM's "linear schedule").
double[] linearBetas(int T, double first, double last) {
    double[] b = new double[T + 1];
    for (int t = 1; t <= T; t++) b[t] = T == 1 ? first : first + (last - first) * (t - 1) / (T - 1);
    return b;
}

// table[t_i] for every sample i, shaped (N, 1, …, 1) so that it broadcasts against `like` (N, …).
NDArray at(double[] table, NDArray t, NDArray like) {
    float[] f = new float[table.length];
    for (int i = 0; i < f.length; i++) f[i] = (float) table[i];
    NDArray values = like.getManager().create(f).get(t.toType(DataType.INT64, false));   // (N,)
    long[] shape = new long[like.getShape().dimension()];
    Arrays.fill(shape, 1);
    shape[0] = like.getShape().get(0);
    return values.reshape(new Shape(shape));
}

// (N,) filled with the step t: the sampler asks the model about a whole batch at the same step.
NDArray steps(NDArray like, int t) {
    return like.getManager().full(new Shape(like.getShape().get(0)), t, DataType.INT64);
}

// ---- the ε-predictor ------------------------------------------------------------------------

// ε̂ = ε_θ(x_t, t): the model's guess of the noise in x_t, for a batch x_t (N, …) and steps t (N,).
interface Denoiser {
    NDArray predict(NDArray xt, NDArray t);
}

// The Transformer's sinusoidal position code, used by DDPM for the step t: (N,) → (N, dim).
// Frequencies 1, 1/1000^(1/half), …, so that neighbouring steps get similar codes.
NDArray timeEmbedding(NDArray t, int dim) {
    int half = dim / 2;
    float[] freq = new float[half];
    for (int k = 0; k < half; k++) freq[k] = (float) Math.exp(-Math.log(1000.0) * k / half);
    NDArray arg = t.toType(DataType.FLOAT32, false).reshape(-1, 1).mul(t.getManager().create(freq).reshape(1, half));
    return arg.sin().concat(arg.cos(), 1);                                   // (N, dim)
}

NDArray silu(NDArray x) { return x.mul(Activation.sigmoid(x)); }

// Weights in a map, each created with requiresGradient; N(0, std²) or zeros.
abstract class Weights implements Denoiser {
    final NDManager m = manager().newSubManager();
    final Map<String, NDArray> p = new LinkedHashMap<>();
    void put(String name, NDArray a) { a.setRequiresGradient(true); p.put(name, a); }
    void normal(String name, double std, long... shape) { put(name, m.randomNormal(0f, (float) std, new Shape(shape), DataType.FLOAT32)); }
    void zeros(String name, long... shape) { put(name, m.zeros(new Shape(shape))); }
    Map<String, NDArray> parameters() { return p; }
    long parameterCount() { return p.values().stream().mapToLong(a -> a.getShape().size()).sum(); }
    abstract NDArray forward(NDArray xt, NDArray t);
    // While sampling (no gradients) the intermediate arrays of each call are freed at once.
    public NDArray predict(NDArray xt, NDArray t) {
        if (ai.djl.pytorch.jni.JniUtils.isGradMode()) return forward(xt, t);
        try (NDManager s = xt.getManager().newSubManager()) {
            NDArray x = xt.duplicate(), tt = t.duplicate();
            x.attach(s);
            tt.attach(s);
            NDArray out = forward(x, tt);
            out.attach(xt.getManager());
            return out;
        }
    }
}

// For 2-D points: an MLP on [x_t, Fourier features of x_t, embedding of t] → 128 → 128 → 128 → 2,
// SiLU between. The features sin(2^k·x), cos(2^k·x) for k = 0…5 let a small MLP draw the sharp
// noise field that thin curves need at small t (without them the samples stayed blurred); t is
// multiplied by 10 so that its code spreads over DDPM's range of 1000 steps.
class PointDenoiser extends Weights {
    PointDenoiser() {
        normal("w1", 1 / Math.sqrt(58), 58, 128);          zeros("b1", 128);
        normal("w2", 1 / Math.sqrt(128), 128, 128);        zeros("b2", 128);
        normal("w3", 1 / Math.sqrt(128), 128, 128);        zeros("b3", 128);
        normal("w4", 1 / Math.sqrt(128), 128, 2);          zeros("b4", 2);
    }
    NDArray forward(NDArray xt, NDArray t) {
        NDArray f = xt.reshape(-1, 2, 1).mul(xt.getManager().create(new float[] {1, 2, 4, 8, 16, 32}).reshape(1, 1, 6)).reshape(-1, 12);
        NDArray h = xt.concat(f.sin(), 1).concat(f.cos(), 1).concat(timeEmbedding(t.mul(10), 32), 1);   // (N, 58)
        h = silu(h.matMul(p.get("w1")).add(p.get("b1")));
        h = silu(h.matMul(p.get("w2")).add(p.get("b2")));
        h = silu(h.matMul(p.get("w3")).add(p.get("b3")));
        return h.matMul(p.get("w4")).add(p.get("b4"));                        // (N, 2)
    }
}

// For 14×14 images: a tiny U-Net. The embedding of t goes through a small MLP and is added to
// every channel of the first convolution at each resolution, as in DDPM's residual blocks.
//   x (N,1,14,14) → conv 16 [+t] → h1 (16,14,14) → average-pool → conv 32 [+t] → conv 32 (32,7,7)
//   → upsample ×2 → concatenated with h1 (48,14,14) → conv 16 → weighted sum of the 16 channels
//   = ε̂ (N,1,14,14). (Not a last convolution with one filter: on this CPU build the backward
//   pass through one returned NaN gradients, see lessons/README.md; 16 filters never did.)
class ImageDenoiser extends Weights {
    ImageDenoiser() {
        normal("t1", 1 / Math.sqrt(32), 32, 64);              zeros("t1.b", 64);
        normal("t.down", 1 / Math.sqrt(64), 64, 16);          normal("t.mid", 1 / Math.sqrt(64), 64, 32);
        normal("c1", 1 / Math.sqrt(9), 16, 1, 3, 3);          zeros("c1.b", 16);
        normal("c2", 1 / Math.sqrt(144), 32, 16, 3, 3);       zeros("c2.b", 32);
        normal("c3", 1 / Math.sqrt(288), 32, 32, 3, 3);       zeros("c3.b", 32);
        normal("c4", 1 / Math.sqrt(432), 16, 48, 3, 3);       zeros("c4.b", 16);
        normal("out", 0.1 / Math.sqrt(16), 16);               zeros("out.b", 1);
    }
    NDArray conv(NDArray x, String w) {
        return Conv2d.conv2d(x, p.get(w), p.get(w + ".b"), new Shape(1, 1), new Shape(1, 1)).head();
    }
    NDArray forward(NDArray xt, NDArray t) {
        long n = xt.getShape().get(0);
        NDArray e = silu(timeEmbedding(t, 32).matMul(p.get("t1")).add(p.get("t1.b")));          // (N, 64)
        NDArray h1 = silu(conv(xt, "c1").add(e.matMul(p.get("t.down")).reshape(n, 16, 1, 1)));  // (N, 16, 14, 14)
        NDArray d = Pool.avgPool2d(h1, new Shape(2, 2), new Shape(2, 2), new Shape(0, 0), false, true); // (N, 16, 7, 7)
        NDArray h2 = silu(conv(d, "c2").add(e.matMul(p.get("t.mid")).reshape(n, 32, 1, 1)));   // (N, 32, 7, 7)
        NDArray h3 = silu(conv(h2, "c3"));                                                        // (N, 32, 7, 7)
        NDArray h4 = silu(conv(upsample2x(h3).concat(h1, 1), "c4"));                              // (N, 16, 14, 14)
        return h4.mul(p.get("out").reshape(1, 16, 1, 1)).sum(new int[] {1}, true).add(p.get("out.b")); // (N, 1, 14, 14)
    }
}

// ---- training -------------------------------------------------------------------------------

record Run(String name, double[] steps, double[] losses, int stepsDone, double seconds) {}

// Adam (learning rate lr) for `steps` steps; each step draws `batch` rows of `data` at random and
// minimises loss.apply(batch). Ctrl-C stops between steps. A step whose loss or gradient is not
// finite is skipped (and counted in a line at the end): now and then a gradient on this CPU
// build comes back NaN although the loss is finite (lessons 19 and 20 met it too).
Run train(String name, Weights model, NDArray data, int steps, int batch, float lr, long seed, Function<NDArray, NDArray> loss) {
    Random r = new Random(seed);
    int n = (int) data.getShape().get(0);
    var adam = Optimizer.adam().optLearningRateTracker(ai.djl.training.tracker.Tracker.fixed(lr)).build();
    var xs = new ArrayList<Double>();
    var ys = new ArrayList<Double>();
    long start = System.nanoTime();
    int step = 0, skipped = 0;
    double smooth = Double.NaN;
    while (step < steps && !stopRequested()) {
        try (NDManager s = manager().newSubManager()) {
            long[] pick = new long[batch];
            for (int i = 0; i < batch; i++) pick[i] = r.nextInt(n);
            NDArray x0 = data.get(s.create(pick));
            x0.attach(s);
            float value;
            try (var gc = Engine.getInstance().newGradientCollector()) {
                NDArray l = loss.apply(x0);
                value = l.getFloat();
                if (Float.isFinite(value)) gc.backward(l);
            }
            if (!Float.isFinite(value)) {
                for (NDArray w : model.parameters().values()) zeroGrad(w);
                if (++skipped == 20) { System.out.printf("%s: 20 steps had a non-finite loss; stopping.%n", name); break; }
                continue;
            }
            NDArray total = s.zeros(new Shape());                  // one sum over all gradients: NaN if any is
            for (NDArray w : model.parameters().values()) total = total.add(w.getGradient().sum());
            if (!Float.isFinite(total.getFloat())) {
                for (NDArray w : model.parameters().values()) zeroGrad(w);
                if (++skipped == 20) { System.out.printf("%s: 20 steps had a NaN gradient; stopping.%n", name); break; }
                continue;
            }
            for (var e : model.parameters().entrySet()) {
                adam.update(e.getKey(), e.getValue(), e.getValue().getGradient());
                zeroGrad(e.getValue());
            }
            step++;
            smooth = Double.isNaN(smooth) ? value : 0.97 * smooth + 0.03 * value;
            if (step % 20 == 0) { xs.add((double) step); ys.add(smooth); }
        }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (skipped > 0) System.out.printf("%s: %d step%s skipped (a NaN loss or gradient).%n", name, skipped, skipped == 1 ? " was" : "s were");
    return new Run(name, xs.stream().mapToDouble(Double::doubleValue).toArray(), ys.stream().mapToDouble(Double::doubleValue).toArray(), step, seconds);
}

// A demo stopped with Ctrl-C ends here, before it prints conclusions from a half-trained model.
Run finished(Run run, int steps) {
    if (run.stepsDone() < steps) throw new dltutor.runtime.TrainingStoppedException(run.name() + " (stopped at step " + run.stepsDone() + " of " + steps + ")");
    return run;
}

// ---- data -----------------------------------------------------------------------------------

// 2-D: 2,000 points on two interleaving half-moons (noise 0.05), centred: a shape, not a blob.
// moonCurves: 2,000 points along the same two arcs without noise, to measure how far samples fall.
NDArray moonPoints, moonCurves;
{
    Points pts = moons(2000, 0.05, 24);
    double[][] xy = pts.x();
    double mx = 0, my = 0;
    for (double[] q : xy) { mx += q[0] / xy.length; my += q[1] / xy.length; }
    float[] f = new float[2 * xy.length];
    for (int i = 0; i < xy.length; i++) { f[2 * i] = (float) (xy[i][0] - mx); f[2 * i + 1] = (float) (xy[i][1] - my); }
    moonPoints = manager().create(f, new Shape(xy.length, 2));
    float[] c = new float[4000];
    for (int i = 0; i < 1000; i++) {                     // the arcs of Points.moons: upper and lower
        double th = Math.PI * i / 999;
        c[4 * i] = (float) (Math.cos(th) - mx);      c[4 * i + 1] = (float) (Math.sin(th) - my);
        c[4 * i + 2] = (float) (1 - Math.cos(th) - mx); c[4 * i + 3] = (float) (0.5 - Math.sin(th) - my);
    }
    moonCurves = manager().create(c, new Shape(2000, 2));
}

// Images: Fashion-MNIST at 14×14 (2×2 averages of the 28×28 pixels), scaled from [0, 1] to [−1, 1]
// as in DDPM. 10,000 training images, 1,000 test images.
NDArray halfSize(NDArray images) {                         // (N, 1, 28, 28) in [0, 1] → (N, 1, 14, 14) in [−1, 1]
    return Pool.avgPool2d(images, new Shape(2, 2), new Shape(2, 2), new Shape(0, 0), false, true).mul(2).sub(1);
}
FashionMnist fashionTrain = fashionMnist(Split.TRAIN, 10000);
FashionMnist fashionTest = fashionMnist(Split.TEST, 1000);
NDArray trainImages = halfSize(fashionTrain.images()), testImages = halfSize(fashionTest.images());
NDArray trainLabels = fashionTrain.labels(), testLabels = fashionTest.labels();

// ---- the judge: a classifier of 14×14 Fashion-MNIST images ----------------------------------

// An MLP 196 → 128 → 10 (ReLU), trained here on the 10,000 training images (Adam, 600 steps of
// 128, about 2 s). It never sees a generated image; it only says how sure it is of a class.
NDArray judgeW1, judgeB1, judgeW2, judgeB2;
NDArray judgeLogits(NDArray images) {
    NDArray h = images.reshape(images.getShape().get(0), 196).matMul(judgeW1).add(judgeB1);
    return h.maximum(0).matMul(judgeW2).add(judgeB2);
}
{
    seed(2402);
    NDManager jm = manager();
    judgeW1 = jm.randomNormal(0f, (float) (1 / Math.sqrt(196)), new Shape(196, 128), DataType.FLOAT32);
    judgeB1 = jm.zeros(new Shape(128));
    judgeW2 = jm.randomNormal(0f, (float) (1 / Math.sqrt(128)), new Shape(128, 10), DataType.FLOAT32);
    judgeB2 = jm.zeros(new Shape(10));
    NDArray[] ws = {judgeW1, judgeB1, judgeW2, judgeB2};
    for (NDArray w : ws) w.setRequiresGradient(true);
    var adam = Optimizer.adam().optLearningRateTracker(ai.djl.training.tracker.Tracker.fixed(2e-3f)).build();
    Loss xent = Loss.softmaxCrossEntropyLoss();
    Random r = new Random(2402);
    for (int step = 0; step < 600; step++) {
        try (NDManager s = manager().newSubManager()) {
            long[] pick = new long[128];
            for (int i = 0; i < 128; i++) pick[i] = r.nextInt(10000);
            NDArray idx = s.create(pick);
            try (var gc = Engine.getInstance().newGradientCollector()) {
                gc.backward(xent.evaluate(new NDList(trainLabels.get(idx)), new NDList(judgeLogits(trainImages.get(idx)))));
            }
            for (int i = 0; i < ws.length; i++) { adam.update("judge" + i, ws[i], ws[i].getGradient()); zeroGrad(ws[i]); }
        }
    }
    for (NDArray w : ws) w.setRequiresGradient(false);
}

// The fraction of images whose most likely class gets probability ≥ 0.9 from the judge.
double confidentFraction(NDArray images) {
    return judgeLogits(images).softmax(1).max(new int[] {1}).gte(0.9f).toType(DataType.FLOAT32, false).mean().getFloat();
}
// The judge's accuracy on the 1,000 test images (a sanity check of the judge itself).
double judgeAccuracy() {
    return judgeLogits(testImages).argMax(1).toType(DataType.INT32, false).eq(testLabels.toType(DataType.INT32, false)).toType(DataType.FLOAT32, false).mean().getFloat();
}

// ---- sample-quality measures ----------------------------------------------------------------

// Distance from each row of a (N, D) to its nearest row of b (M, D): (N,).
NDArray nearest(NDArray a, NDArray b) {
    NDArray d2 = a.square().sum(new int[] {1}, true).add(b.square().sum(new int[] {1}).reshape(1, -1)).sub(a.matMul(b.transpose()).mul(2));
    return d2.min(new int[] {1}).maximum(0).sqrt();
}
// 2-D: the fraction of points closer than 0.1 to the noise-free arcs ("on the moons"; the training
// points themselves, with their noise of 0.05, score about 96 %).
double onTheMoons(NDArray points) {
    return nearest(points, moonCurves).lt(0.1f).toType(DataType.FLOAT32, false).mean().getFloat();
}
// 2-D baseline: n points from the Gaussian with the data's mean and covariance.
NDArray gaussianFitPoints(int n) {
    NDArray c = moonPoints.sub(moonPoints.mean(new int[] {0}, true));
    double[] v = toDoubles(c.transpose().matMul(c).div(moonPoints.getShape().get(0)));   // [a b; b d]
    double l11 = Math.sqrt(v[0]), l21 = v[2] / l11, l22 = Math.sqrt(v[3] - l21 * l21);   // Cholesky factor
    NDArray z = manager().randomNormal(new Shape(n, 2));
    NDArray chol = manager().create(new float[] {(float) l11, (float) l21, 0, (float) l22}, new Shape(2, 2));
    return z.matMul(chol).add(moonPoints.mean(new int[] {0}, true));
}
// Image baseline: n images whose pixels are independent Gaussians with each pixel's own mean and
// standard deviation over the training images, cut to [−1, 1].
NDArray gaussianFitImages(int n) {
    NDArray mu = trainImages.mean(new int[] {0}, true);
    NDArray sd = trainImages.sub(mu).square().mean(new int[] {0}, true).sqrt();
    return manager().randomNormal(new Shape(n, 1, 14, 14)).mul(sd).add(mu).clip(-1, 1);
}
// Images: the mean distance to the nearest of the 10,000 training images, per pixel (RMS).
double nearestTrainingDistance(NDArray images) {
    long n = images.getShape().get(0);
    return nearest(images.reshape(n, 196), trainImages.reshape(10000, 196)).div(14).mean().getFloat();
}
// [−1, 1] → [0, 1] for showImages, values outside cut.
NDArray forDisplay(NDArray images) { return images.clip(-1, 1).add(1).div(2); }
