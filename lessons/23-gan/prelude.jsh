// 23-gan: run silently when the lesson starts.
// The ring of 8 Gaussians, small MLPs written as functions of their weights, Adam, the pair of
// networks a GAN trains, the saturating loss (the contrast to the learner's non-saturating one)
// and the training loops of the figures. The GAN's own pieces (discriminatorLoss,
// generatorLoss, ganStep, modesCovered) are the learner's.
import ai.djl.training.tracker.Tracker;
import dltutor.dl.Plot;

// ---- the ring: 8 round Gaussians of standard deviation 0.05 on a circle of radius 2 ---------
int MODES = 8;
double RADIUS = 2.0, SIGMA = 0.05;
double[][] centres = new double[MODES][2];
for (int c = 0; c < MODES; c++) {
    centres[c][0] = RADIUS * Math.cos(2 * Math.PI * c / MODES);
    centres[c][1] = RADIUS * Math.sin(2 * Math.PI * c / MODES);
}

// n points of the ring: a mode chosen uniformly, then N(centre, SIGMA²) around it; (n, 2).
NDArray ringBatch(int n, Random r, NDManager m) {
    float[] xy = new float[2 * n];
    for (int i = 0; i < n; i++) {
        int c = r.nextInt(MODES);
        xy[2 * i] = (float) (centres[c][0] + SIGMA * r.nextGaussian());
        xy[2 * i + 1] = (float) (centres[c][1] + SIGMA * r.nextGaussian());
    }
    return m.create(xy, new Shape(n, 2));
}

// ---- a small MLP: weights in a map, N(0, 2/fan-in) (He) initialisation, zero biases --------
// Hidden layers use a leaky ReLU of the given slope (0: a plain ReLU); the last layer has no
// activation unless `out` gives one (tanh for images). forward works with any batch size.
class Net {
    final NDManager m = manager().newSubManager();
    final Map<String, NDArray> p = new LinkedHashMap<>();
    final int layers;
    final float slope;
    final UnaryOperator<NDArray> out;
    Net(float slope, UnaryOperator<NDArray> out, int... widths) {
        this.slope = slope; this.out = out; this.layers = widths.length - 1;
        for (int l = 0; l < layers; l++) {
            put("w" + l, m.randomNormal(0f, (float) Math.sqrt(2.0 / widths[l]), new Shape(widths[l], widths[l + 1]), DataType.FLOAT32));
            put("b" + l, m.zeros(new Shape(widths[l + 1])));
        }
    }
    private Net(Net from) {
        slope = from.slope; out = from.out; layers = from.layers;
        from.p.forEach((k, v) -> put(k, v.duplicate()));
    }
    void put(String name, NDArray a) { a.setRequiresGradient(true); p.put(name, a); }
    NDArray forward(NDArray x) {
        for (int l = 0; l < layers; l++) {
            x = x.matMul(p.get("w" + l)).add(p.get("b" + l));
            if (l < layers - 1) x = slope == 0 ? Activation.relu(x) : Activation.leakyRelu(x, slope);
        }
        return out == null ? x : out.apply(x);
    }
    // Gradients to zero (through PyTorch: a NaN would survive g − g).
    void clearGradients() {
        for (NDArray w : p.values()) {
            if (w.hasGradient()) ai.djl.pytorch.jni.JniUtils.zeroGrad((ai.djl.pytorch.engine.PtNDArray) w);
        }
    }
    Net copy() { return new Net(this); }
    long parameterCount() { return p.values().stream().mapToLong(a -> a.getShape().size()).sum(); }
}

// Adam for one network: step() moves every weight of `net` along its gradient, then clears the
// gradients of that network (and of no other).
class Adam {
    final Net net;
    final Optimizer opt;
    Adam(Net net, float lr, float beta1) {
        this.net = net;
        opt = Optimizer.adam().optLearningRateTracker(Tracker.fixed(lr)).optBeta1(beta1).build();
    }
    void step() {
        for (var e : net.p.entrySet()) {
            NDArray w = e.getValue();
            if (w.hasGradient()) opt.update(e.getKey(), w, w.getGradient());
        }
        net.clearGradients();
    }
}

// The two players, their optimisers, the generator's loss (a function of D's logits on fakes)
// and the width of the noise z.
class Gan {
    final Net g, d;
    final Adam gOpt, dOpt;
    final UnaryOperator<NDArray> gLoss;
    final int noise;
    Gan(Net g, Net d, int noise, float lrG, float lrD, float beta1, UnaryOperator<NDArray> gLoss) {
        this.g = g; this.d = d; this.noise = noise; this.gLoss = gLoss;
        gOpt = new Adam(g, lrG, beta1);
        dOpt = new Adam(d, lrD, beta1);
    }
}

// The minimax paper's original generator loss, minimised by G: mean log(1 − D(G(z))).
// With D = σ(logit), log(1 − σ(l)) = −softplus(l), which stays finite for any logit.
NDArray saturatingLoss(NDArray fakeLogits) {
    return Activation.softPlus(fakeLogits).neg().mean();
}

// Share of samples within 3σ of some centre: the "high-quality" samples.
double highQuality(NDArray samples) {
    float[] s = samples.toFloatArray();
    int n = s.length / 2, good = 0;
    for (int i = 0; i < n; i++) {
        for (double[] c : centres) {
            if (Math.hypot(s[2 * i] - c[0], s[2 * i + 1] - c[1]) <= 3 * SIGMA) { good++; break; }
        }
    }
    return (double) good / n;
}

// x and y of (n, 2) samples, for scatter plots.
double[][] columns(NDArray xy) {
    float[] s = xy.toFloatArray();
    double[][] c = new double[2][s.length / 2];
    for (int i = 0; i < s.length / 2; i++) { c[0][i] = s[2 * i]; c[1][i] = s[2 * i + 1]; }
    return c;
}

// ---- the ring run: G 8 → 128 → 128 → 2 (ReLU), D 2 → 128 → 128 → 1 (leaky ReLU 0.2) -------
record Snapshot(int step, NDArray samples, int modes, double quality) {}
record RingRun(String name, long seed, List<Snapshot> snapshots, double[] dLoss, double[] gLoss, int stepsDone, double seconds) {
    Snapshot last() { return snapshots.get(snapshots.size() - 1); }
}

int RING_NOISE = 8, RING_WIDTH = 128, RING_BATCH = 256;
float RING_G_START = 0.1f;
float RING_G_LR_FACTOR = 1f;                   // G's learning rate = lr × this (Try this: > 1)

Gan ringGan(long seed, UnaryOperator<NDArray> gLoss, float lr) {
    seed(seed);
    Net g = new Net(0f, null, RING_NOISE, RING_WIDTH, RING_WIDTH, 2);
    g.p.get("w2").muli(RING_G_START);          // G's first samples huddle near the origin
    Net d = new Net(0.2f, null, 2, RING_WIDTH, RING_WIDTH, 1);
    return new Gan(g, d, RING_NOISE, lr * RING_G_LR_FACTOR, lr, 0.5f, gLoss);
}

// What the loops call: one alternating step (the learner's ganStep) and a mode counter (the
// learner's modesCovered), passed in by the demos once they exist.
interface GanStep { float[] step(Gan gan, NDArray real, NDArray z); }

// `steps` alternating steps on batches of 256 ring points; every `every` steps, 2000 samples
// from the same fixed noise are kept with their mode count. With headStart > 0, D first trains
// alone for that many steps against the untrained G (as early in training, when G is poor and D
// rejects its samples easily); the head start uses the textbook discriminator loss.
RingRun trainRing(String name, UnaryOperator<NDArray> gLoss, long seed, int steps, int every, float lr,
        int headStart, GanStep ganStep, ToIntFunction<NDArray> modesCovered) {
    Gan gan = ringGan(seed, gLoss, lr);
    Random r = new Random(seed);
    NDArray fixedZ = manager().randomNormal(new Shape(2000, RING_NOISE));
    for (int k = 0; k < headStart && !stopRequested(); k++) {
        try (NDManager s = manager().newSubManager()) {
            NDArray real = ringBatch(RING_BATCH, r, s);
            NDArray fake = gan.g.forward(s.randomNormal(new Shape(RING_BATCH, RING_NOISE)));
            try (var gc = Engine.getInstance().newGradientCollector()) {
                NDArray loss = Activation.softPlus(gan.d.forward(real).neg()).mean().add(Activation.softPlus(gan.d.forward(fake)).mean());
                gc.backward(loss);
            }
            gan.dOpt.step();
        }
    }
    List<Snapshot> snaps = new ArrayList<>();
    double[] dl = new double[steps], gl = new double[steps];
    long start = System.nanoTime();
    int step = 0;
    snaps.add(ringSnapshot(0, gan, fixedZ, modesCovered));
    while (step < steps && !stopRequested()) {
        try (NDManager s = manager().newSubManager()) {
            NDArray real = ringBatch(RING_BATCH, r, s);
            NDArray z = s.randomNormal(new Shape(RING_BATCH, RING_NOISE));
            float[] losses = ganStep.step(gan, real, z);
            dl[step] = losses[0]; gl[step] = losses[1];
        }
        step++;
        if (step % every == 0) snaps.add(ringSnapshot(step, gan, fixedZ, modesCovered));
    }
    return new RingRun(name, seed, snaps, dl, gl, step, (System.nanoTime() - start) / 1e9);
}

Snapshot ringSnapshot(int step, Gan gan, NDArray z, ToIntFunction<NDArray> modesCovered) {
    NDArray x = gan.g.forward(z);
    x.detach();                       // kept after the step's sub-managers close
    return new Snapshot(step, x, modesCovered.applyAsInt(x), highQuality(x));
}

// Real points (grey in PNGs, first series) and the generator's samples on one scatter plot.
Plot ringPlot(String title, NDArray samples) {
    double[][] real = columns(ringBatch(400, new Random(0), manager()));
    double[][] fake = columns(samples.get(new NDIndex("0:600")));
    return plot(title).scatter("data", real[0], real[1]).scatter("generated", fake[0], fake[1]).
            xLabel("x").yLabel("y");
}

// A demo stopped with Ctrl-C ends here, before it prints conclusions from half-trained models.
void finished(int done, int steps, String name) {
    if (done < steps) throw new dltutor.runtime.TrainingStoppedException(name + " (stopped at step " + done + " of " + steps + ")");
}

// ---- the image run: Fashion-MNIST, pixels scaled to [−1, 1] ---------------------------------
// G: 64 → 256 → 784 (ReLU, tanh output); D: 784 → 256 → 1 (leaky ReLU 0.2); Adam with β₁ = 0.5.
int IMAGE_NOISE = 64, IMAGE_WIDTH = 256, IMAGE_BATCH = 64;
FashionMnist fashion = fashionMnist(Split.TRAIN, 10000);
NDArray fashionPixels = fashion.images().reshape(-1, 784).mul(2).sub(1);      // (10000, 784) in [−1, 1]

record ImageRun(List<Integer> steps, List<NDArray> samples, double[] dLoss, double[] gLoss, int stepsDone, double seconds) {}

// As trainRing, on Fashion-MNIST: every `every` steps, 16 images from the same fixed noise (and
// the step number) are kept, back in [0, 1] as (16, 1, 28, 28).
ImageRun trainImages(long seed, int steps, int every, float lr, UnaryOperator<NDArray> gLoss, GanStep ganStep) {
    seed(seed);
    Net g = new Net(0f, a -> a.tanh(), IMAGE_NOISE, IMAGE_WIDTH, 784);
    Net d = new Net(0.2f, null, 784, IMAGE_WIDTH, 1);
    Gan gan = new Gan(g, d, IMAGE_NOISE, lr, lr, 0.5f, gLoss);
    Random r = new Random(seed);
    NDArray fixedZ = manager().randomNormal(new Shape(16, IMAGE_NOISE));
    List<Integer> at = new ArrayList<>();
    List<NDArray> shots = new ArrayList<>();
    double[] dl = new double[steps], gl = new double[steps];
    long start = System.nanoTime();
    int step = 0;
    while (step <= steps && !stopRequested()) {
        if (step % every == 0 || step == steps) {
            at.add(step);
            shots.add(g.forward(fixedZ).add(1).div(2).reshape(16, 1, 28, 28));
        }
        if (step == steps) break;
        try (NDManager s = manager().newSubManager()) {
            long[] pick = new long[IMAGE_BATCH];
            for (int i = 0; i < IMAGE_BATCH; i++) pick[i] = r.nextInt(10000);
            NDArray real = fashionPixels.get(s.create(pick));
            NDArray z = s.randomNormal(new Shape(IMAGE_BATCH, IMAGE_NOISE));
            float[] losses = ganStep.step(gan, real, z);
            dl[step] = losses[0]; gl[step] = losses[1];
        }
        step++;
    }
    return new ImageRun(at, shots, dl, gl, step, (System.nanoTime() - start) / 1e9);
}
