// 21-mixture-of-experts: run silently when the lesson starts.
// The task (a mixture of distinct regression sub-tasks), the dense and MoE models, a training
// loop with Adam, and the utilisation bars. The MoE's three pieces are the learner's own:
// noisyTopKGate, moeLayer, balanceLoss.

// ---- The task: 8 clusters of inputs in 8 dimensions, each with its own random target function.
// Cluster c has a centre μ_c ~ N(0, 3²·I); its inputs are x = μ_c + N(0, 0.6²·I); its target is
// y = sin(x·A_c + b_c)·V_c, a sum of 16 random waves (A_c ~ N(0, 0.5²), b_c ~ U(0, 2π),
// V_c ~ N(0, 1/16)), 2 outputs. Fixed by taskSeed; batches are drawn fresh (no overfitting).
record MixtureTask(int dim, int outputs, int clusters, int waves, double[][] centres, double[][][] a, double[][] b, double[][][] v) {
    static MixtureTask create(int clusters, long seed) {
        int dim = 8, outputs = 2, waves = 16;
        Random r = new Random(seed);
        double[][] centres = new double[clusters][dim];
        double[][][] a = new double[clusters][dim][waves], v = new double[clusters][waves][outputs];
        double[][] b = new double[clusters][waves];
        for (int c = 0; c < clusters; c++) {
            for (int i = 0; i < dim; i++) centres[c][i] = 3 * r.nextGaussian();
            for (int i = 0; i < dim; i++) for (int j = 0; j < waves; j++) a[c][i][j] = 0.5 * r.nextGaussian();
            for (int j = 0; j < waves; j++) b[c][j] = 2 * Math.PI * r.nextDouble();
            for (int j = 0; j < waves; j++) for (int o = 0; o < outputs; o++) v[c][j][o] = r.nextGaussian() / Math.sqrt(waves);
        }
        return new MixtureTask(dim, outputs, clusters, waves, centres, a, b, v);
    }
    // n examples: inputs (n, dim), targets (n, outputs), and each example's cluster (n)
    NDList batch(int n, Random r, NDManager m) {
        float[] x = new float[n * dim], y = new float[n * outputs];
        int[] cl = new int[n];
        for (int t = 0; t < n; t++) {
            int c = r.nextInt(clusters);
            cl[t] = c;
            double[] xt = new double[dim];
            for (int i = 0; i < dim; i++) { xt[i] = centres[c][i] + 0.6 * r.nextGaussian(); x[t * dim + i] = (float) xt[i]; }
            for (int j = 0; j < waves; j++) {
                double s = b[c][j];
                for (int i = 0; i < dim; i++) s += xt[i] * a[c][i][j];
                s = Math.sin(s);
                for (int o = 0; o < outputs; o++) y[t * outputs + o] += (float) (s * v[c][j][o]);
            }
        }
        return new NDList(m.create(x, new Shape(n, dim)), m.create(y, new Shape(n, outputs)), m.create(cl));
    }
}
MixtureTask task = MixtureTask.create(8, 2017);

// ---- The models: a map of named parameters and a forward pass.
interface Regressor {
    NDArray predict(NDArray x, boolean training);     // (B, dim) → (B, outputs)
    default NDArray auxLoss() { return null; }        // the MoE's balancing term of the last pass
    Map<String, NDArray> parameters();
    long activePerToken();                            // parameters that touch one example
    default long parameterCount() { return parameters().values().stream().mapToLong(p -> p.getShape().size()).sum(); }
}

NDArray moeParam(NDManager m, Map<String, NDArray> p, String name, double std, long... shape) {
    NDArray a = std == 0 ? m.zeros(new Shape(shape)) : m.randomNormal(0f, (float) std, new Shape(shape), DataType.FLOAT32);
    a.setRequiresGradient(true);
    p.put(name, a);
    return a;
}

// One hidden layer of ReLU units: x·W1 + b1 → ReLU → ·W2 + b2 (He-style N(0, 2/fan-in) for W1).
class DenseNet implements Regressor {
    final NDManager m = manager().newSubManager();
    final Map<String, NDArray> p = new LinkedHashMap<>();
    final int width;
    DenseNet(int dim, int width, int outputs) {
        this.width = width;
        moeParam(m, p, "w1", Math.sqrt(2.0 / dim), dim, width); moeParam(m, p, "b1", 0, width);
        moeParam(m, p, "w2", Math.sqrt(1.0 / width), width, outputs); moeParam(m, p, "b2", 0, outputs);
    }
    public NDArray predict(NDArray x, boolean training) {
        return Activation.relu(x.matMul(p.get("w1")).add(p.get("b1"))).matMul(p.get("w2")).add(p.get("b2"));
    }
    public Map<String, NDArray> parameters() { return p; }
    public long activePerToken() { return parameterCount(); }
}

// E experts, each a DenseNet-shaped MLP of width `width`, behind a noisy top-k gate (the
// learner's noisyTopKGate, moeLayer and balanceLoss). W_g and W_noise start at zero, as in
// Shazeer et al. (appendix A): every expert starts equally likely.
class MoeNet implements Regressor {
    final NDManager m = manager().newSubManager();
    final Map<String, NDArray> p = new LinkedHashMap<>();
    final int experts, width, k;
    NDArray lastGates, lastAux;
    MoeNet(int dim, int experts, int width, int k, int outputs) {
        this.experts = experts; this.width = width; this.k = k;
        moeParam(m, p, "wg", 0, dim, experts); moeParam(m, p, "wnoise", 0, dim, experts);
        for (int i = 0; i < experts; i++) {
            moeParam(m, p, i + ".w1", Math.sqrt(2.0 / dim), dim, width); moeParam(m, p, i + ".b1", 0, width);
            moeParam(m, p, i + ".w2", Math.sqrt(1.0 / width), width, outputs); moeParam(m, p, i + ".b2", 0, outputs);
        }
    }
    UnaryOperator<NDArray> expert(int i) {
        NDArray w1 = p.get(i + ".w1"), b1 = p.get(i + ".b1"), w2 = p.get(i + ".w2"), b2 = p.get(i + ".b2");
        return h -> Activation.relu(h.matMul(w1).add(b1)).matMul(w2).add(b2);
    }
    NDArray gates(NDArray x, boolean training) { return noisyTopKGate(x, p.get("wg"), p.get("wnoise"), k, training); }
    public NDArray predict(NDArray x, boolean training) {
        lastGates = gates(x, training);                                          // (B, E)
        lastAux = balanceLoss(lastGates);
        List<UnaryOperator<NDArray>> list = new ArrayList<>();
        for (int i = 0; i < experts; i++) list.add(expert(i));
        return moeLayer(x, lastGates, list);
    }
    public NDArray auxLoss() { return lastAux; }
    public Map<String, NDArray> parameters() { return p; }
    // per example: the gate's two matrices and k experts
    public long activePerToken() { return p.get("wg").getShape().size() * 2 + (long) k * (parameterCount() - p.get("wg").getShape().size() * 2) / experts; }
}

// ---- Training: Adam on fresh batches; loss = MSE + wImportance · balanceLoss (MoE only).
record RegRun(String name, double[] steps, double[] losses, double testLoss, int stepsDone, double seconds, double[] shares) {}

double[] expertShares(MoeNet net, NDArray x) {           // share of the top-k slots each expert gets (no noise)
    float[] g = net.gates(x, false).toFloatArray();
    double[] s = new double[net.experts];
    int n = g.length / net.experts;
    for (int t = 0; t < n; t++) for (int i = 0; i < net.experts; i++) if (g[t * net.experts + i] != 0) s[i] += 1.0 / (n * net.k);
    return s;
}

double testLoss(Regressor net) {                          // MSE on 4,096 fixed examples
    try (NDManager s = manager().newSubManager()) {
        NDList xy = task.batch(4096, new Random(99), s);
        return net.predict(xy.get(0), false).sub(xy.get(1)).square().mean().getFloat();
    }
}

RegRun trainRegressor(String name, Regressor net, int steps, int batch, float lr, double wImportance, long seed) {
    Random r = new Random(seed);
    var adam = Optimizer.adam().optLearningRateTracker(ai.djl.training.tracker.Tracker.fixed(lr)).build();
    var xs = new ArrayList<Double>(); var ys = new ArrayList<Double>();
    long start = System.nanoTime();
    int step = 0;
    double smooth = Double.NaN;
    while (step < steps && !stopRequested()) {
        try (NDManager s = manager().newSubManager()) {
            NDList xy = task.batch(batch, r, s);
            float mse;
            try (var gc = Engine.getInstance().newGradientCollector()) {
                NDArray l = net.predict(xy.get(0), true).sub(xy.get(1)).square().mean();
                mse = l.getFloat();
                NDArray aux = net.auxLoss();
                gc.backward(aux == null || wImportance == 0 ? l : l.add(aux.mul(wImportance)));
            }
            for (var e : net.parameters().entrySet()) {
                if (e.getValue().hasGradient()) adam.update(e.getKey(), e.getValue(), e.getValue().getGradient());
                zeroGrad(e.getValue());
            }
            step++;
            smooth = Double.isNaN(smooth) ? mse : 0.95 * smooth + 0.05 * mse;
            if (step % 10 == 0) { xs.add((double) step); ys.add(smooth); }
        }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double[] shares = null;
    if (net instanceof MoeNet moe) {
        try (NDManager s = manager().newSubManager()) { shares = expertShares(moe, task.batch(4096, new Random(99), s).get(0)); }
    }
    return new RegRun(name, xs.stream().mapToDouble(Double::doubleValue).toArray(), ys.stream().mapToDouble(Double::doubleValue).toArray(),
            testLoss(net), step, seconds, shares);
}

// Bars: one row per expert, its share of the tokens.
void showShares(String title, double[] shares) {
    System.out.println(title);
    double max = Arrays.stream(shares).max().orElse(1);
    for (int i = 0; i < shares.length; i++) {
        int n = (int) Math.round(40 * shares[i] / Math.max(max, 1e-9));
        System.out.printf("  expert %2d %s %5.1f %%%n", i, "█".repeat(n) + " ".repeat(40 - n), 100 * shares[i]);
    }
}
// experts that get at least half of their fair share 1/E of the tokens
int busyExperts(double[] shares) { return (int) Arrays.stream(shares).filter(s -> s >= 0.5 / shares.length).count(); }
