// 22-vae: run silently when the lesson starts.
// Data (Fashion-MNIST as rows of 784 pixels in [0, 1]), the VAE's weights and its decoder, one
// Adam training loop, the test-set evaluation and the picture helpers. The encoder's forward pass,
// the reparameterisation, the KL term and the negative ELBO are the learner's.

// The first 10,000 training images (1,000 per class) and 2,000 test images (200 per class).
FashionMnist fashionTrain = fashionMnist(Split.TRAIN, 10000);
FashionMnist fashionTest = fashionMnist(Split.TEST, 2000);
NDArray trainX = fashionTrain.images().reshape(-1, 784);          // (10000, 784), pixels in [0, 1]
NDArray testX = fashionTest.images().reshape(-1, 784);            // (2000, 784)
NDArray testLabels = fashionTest.labels();
String[] CLASSES = fashionTrain.classNames().toArray(new String[0]);

// (N, 784) rows back to (N, 1, 28, 28) pictures, for showImages and saveImages.
NDArray pictures(NDArray rows) { return rows.reshape(-1, 1, 28, 28); }

// A VAE with one hidden layer of 256 ReLU units on each side:
//   encoder 784 → 256 → (μ, log σ²), each of `latent` numbers;
//   decoder `latent` → 256 → 784 logits (the decoder's Bernoulli parameters are sigmoid(logits)).
// Weights N(0, 1/fan-in), biases zero. Every weight lives in the map p, under these names.
class Vae {
    final NDManager m = manager().newSubManager();
    final Map<String, NDArray> p = new LinkedHashMap<>();
    final int latent;
    Vae(int latent) {
        this.latent = latent;
        normal("enc.w", 784, 256);        zeros("enc.b", 256);
        normal("mu.w", 256, latent);      zeros("mu.b", latent);
        normal("logvar.w", 256, latent);  zeros("logvar.b", latent);
        normal("dec.w", latent, 256);     zeros("dec.b", 256);
        normal("out.w", 256, 784);        zeros("out.b", 784);
    }
    void normal(String name, long in, long out) {
        NDArray a = m.randomNormal(0f, (float) (1 / Math.sqrt(in)), new Shape(in, out), DataType.FLOAT32);
        a.setRequiresGradient(true);
        p.put(name, a);
    }
    void zeros(String name, long n) {
        NDArray a = m.zeros(new Shape(n));
        a.setRequiresGradient(true);
        p.put(name, a);
    }
    // The decoder: z (N, latent) → logits (N, 784).
    NDArray decode(NDArray z) {
        NDArray h = Activation.relu(z.matMul(p.get("dec.w")).add(p.get("dec.b")));   // (N, 256)
        return h.matMul(p.get("out.w")).add(p.get("out.b"));                          // (N, 784)
    }
    long parameterCount() { return p.values().stream().mapToLong(a -> a.getShape().size()).sum(); }
}

// ---- training -------------------------------------------------------------------------------

record Run(String name, double[] steps, double[] losses, int stepsDone, double seconds) {}

// Adam (learning rate lr) for `steps` steps of `batch` training images drawn at random; `loss`
// maps a batch (B, 784) to the mean loss over its images (a scalar). Ctrl-C stops between steps.
// A step whose gradient came back NaN (seen now and then on this CPU build, lessons 19–20) is
// skipped and counted.
Run train(String name, Vae vae, Function<NDArray, NDArray> loss, int steps, int batch, float lr, long seed) {
    Random r = new Random(seed);
    int n = (int) trainX.getShape().get(0);
    var adam = Optimizer.adam().optLearningRateTracker(ai.djl.training.tracker.Tracker.fixed(lr)).build();
    var xs = new ArrayList<Double>(); var ys = new ArrayList<Double>();
    long start = System.nanoTime();
    int step = 0, skipped = 0;
    double sum = 0;
    int count = 0;
    while (step < steps && !stopRequested()) {
        try (NDManager s = manager().newSubManager()) {
            long[] pick = new long[batch];
            for (int i = 0; i < batch; i++) pick[i] = r.nextInt(n);
            NDArray x = trainX.get(s.create(pick));
            x.attach(s);                                   // everything computed from x is freed with s
            float value;
            try (var gc = Engine.getInstance().newGradientCollector()) {
                NDArray l = loss.apply(x);
                gc.backward(l);
                value = l.getFloat();
            }
            NDArray total = s.zeros(new Shape());
            for (NDArray w : vae.p.values()) total = total.add(w.getGradient().sum());
            if (!Float.isFinite(value) || !Float.isFinite(total.getFloat())) {
                for (NDArray w : vae.p.values()) zeroGrad(w);
                if (++skipped == 50) { System.out.printf("%s: 50 steps had a NaN loss or gradient; stopping.%n", name); break; }
                continue;
            }
            for (var e : vae.p.entrySet()) {
                adam.update(e.getKey(), e.getValue(), e.getValue().getGradient());
                zeroGrad(e.getValue());
            }
            step++;
            sum += value; count++;
            if (step % 50 == 0) { xs.add((double) step); ys.add(sum / count); sum = 0; count = 0; }
        }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (skipped > 0) System.out.printf("%s: %d step%s skipped (NaN gradient).%n", name, skipped, skipped == 1 ? " was" : "s were");
    return new Run(name, xs.stream().mapToDouble(Double::doubleValue).toArray(),
            ys.stream().mapToDouble(Double::doubleValue).toArray(), step, seconds);
}

// A demo stopped with Ctrl-C ends here, before it prints conclusions from a half-trained model.
Run finished(Run run, int steps) {
    if (run.stepsDone() < steps) throw new dltutor.runtime.TrainingStoppedException(run.name() + " (stopped at step " + run.stepsDone() + " of " + steps + ")");
    return run;
}

// ---- measuring ------------------------------------------------------------------------------

// Per image, in nats: the entropy of the pixels themselves, Σᵢ −[xᵢ log xᵢ + (1 − xᵢ) log(1 − xᵢ)].
// With grey pixels as targets, this is the smallest reconstruction term any decoder can reach
// (the cross-entropy of x with itself); it is zero only for pure black-and-white images.
NDArray pixelEntropy(NDArray x) {
    NDArray a = x.clip(1e-7f, 1 - 1e-7f);
    return a.mul(a.log()).add(a.neg().add(1).mul(a.neg().add(1).log())).neg().sum(new int[] {1});
}
