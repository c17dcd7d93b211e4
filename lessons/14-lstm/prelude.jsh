// 14-lstm: run silently when the lesson starts.

// LSTM weights for `gates`/`lstmStep`: W (V + H, 3H) with N(0, 1/(V + H)) entries, its column
// blocks [input gate | output gate | cell input]; b (3H), zero except the input gate's block,
// which starts at `inputGateBias` (negative: the gate starts nearly closed, as Hochreiter and
// Schmidhuber advised against early drift of the cell state). Seeded by the toolkit's seed.
NDArray[] lstmWeights(int inputs, int hidden, double inputGateBias) {
    NDManager m = manager();
    float[] bias = new float[3 * hidden];
    Arrays.fill(bias, 0, hidden, (float) inputGateBias);
    return new NDArray[] {
            m.randomNormal(0f, (float) Math.sqrt(1.0 / (inputs + hidden)), new Shape(inputs + hidden, 3 * hidden), DataType.FLOAT32),
            m.create(bias)};
}

// Lesson 13's Elman network, for comparison: W_x (V, H), W_h (H, H) with spectral radius about
// `radius`, b (H) zeros; `elmanLast` reads xs (B, T, V) from h0 = 0 and returns h_T (B, H).
NDArray[] rnnWeights(int inputs, int hidden, double radius) {
    NDManager m = manager();
    return new NDArray[] {
            m.randomNormal(0f, (float) Math.sqrt(1.0 / inputs), new Shape(inputs, hidden), DataType.FLOAT32),
            m.randomNormal(0f, (float) (radius / Math.sqrt(hidden)), new Shape(hidden, hidden), DataType.FLOAT32),
            m.zeros(new Shape(hidden))};
}

NDArray elmanLast(NDArray xs, NDArray wx, NDArray wh, NDArray b) {
    NDArray h = xs.getManager().zeros(new Shape(xs.getShape().get(0), wh.getShape().get(0)));
    for (int t = 0; t < xs.getShape().get(1); t++) {
        h = xs.get(new NDIndex(":, {}, :", t)).matMul(wx).add(h.matMul(wh)).add(b).tanh();
    }
    return h;
}

// Bengio, Simard and Frasconi's "two-sequence problem" in the form of Hochreiter and
// Schmidhuber's Experiment 3a: a real-valued sequence of `length` steps whose first
// `informative` values are +1 (class 1) or -1 (class 0) and whose other values are Gaussian
// noise of variance 0.2; the label is the class. xs (n, length, 1) float32, labels (n) int32.
record TwoSequence(NDArray xs, NDArray labels) {}

TwoSequence twoSequence(int n, int length, int informative, long seed) {
    Random r = new Random(seed);
    float[] x = new float[n * length];
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
        y[i] = r.nextInt(2);
        for (int t = 0; t < length; t++) {
            x[i * length + t] = t < informative ? (y[i] == 1 ? 1f : -1f) : (float) (r.nextGaussian() * Math.sqrt(0.2));
        }
    }
    return new TwoSequence(manager().create(x, new Shape(n, length, 1)), manager().create(y));
}
