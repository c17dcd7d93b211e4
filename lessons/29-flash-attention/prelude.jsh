// 29-flash-attention: run silently when the lesson starts.
// The naive attention the learner's tiled version is compared with, the partial state of one
// query's attention (for the merge exercise), and the measurements: the largest array an
// attention function creates, and its time.

// Naive attention in one piece: the whole (N, Nk) score matrix, a softmax over each row, times V.
// q (N, d), k (Nk, d), v (Nk, dv) → (N, dv). With causal, query i sees keys 0 … i.
NDArray naiveAttention(NDArray q, NDArray k, NDArray v, boolean causal) {
    long n = q.getShape().get(0), nk = k.getShape().get(0), d = q.getShape().get(1);
    NDArray s = q.matMul(k.transpose()).mul(1 / Math.sqrt(d));                       // (N, Nk)
    if (causal) {
        NDManager mm = q.getManager();
        NDArray keyIndex = mm.arange(0, (int) nk, 1, DataType.INT64).reshape(1, nk);
        NDArray queryIndex = mm.arange(0, (int) n, 1, DataType.INT64).reshape(n, 1);
        NDArray future = keyIndex.gt(queryIndex).toType(s.getDataType(), false);       // 1 where key j > query i
        s = s.sub(future.mul(1e30));                                                 // exp(−10³⁰) = 0
    }
    return s.softmax(-1).matMul(v);                                                  // (N, dv)
}

// Random (n, d) inputs in float64 (the checks compare to 10⁻⁵; float32 keeps only ~7 digits).
NDArray randomMatrix(NDManager m, long n, long d) {
    return m.randomNormal(0f, 1f, new Shape(n, d), DataType.FLOAT64);
}

// One query's attention over a range of keys, not yet normalised:
// max = the largest score, sum = Σ exp(sⱼ − max), out = Σ exp(sⱼ − max)·vⱼ (a vector).
// The finished answer is out / sum.
record Partial(double max, double sum, double[] out) {}

Partial partialOf(double[] s, double[][] v, int from, int to) {
    double max = Double.NEGATIVE_INFINITY;
    for (int j = from; j < to; j++) max = Math.max(max, s[j]);
    double sum = 0;
    double[] out = new double[v[0].length];
    for (int j = from; j < to; j++) {
        double p = Math.exp(s[j] - max);
        sum += p;
        for (int c = 0; c < out.length; c++) out[c] += p * v[j][c];
    }
    return new Partial(max, sum, out);
}

double[] finish(Partial p) {
    double[] y = new double[p.out().length];
    for (int c = 0; c < y.length; c++) y[c] = p.out()[c] / p.sum();
    return y;
}

// An attention function of q, k, v (the block size and the mask are fixed by the lambda).
interface AttentionFn {
    NDArray apply(NDArray q, NDArray k, NDArray v);
}

// What one call costs: the bytes of the largest array it created (the inputs q, k, v not
// counted) and the seconds it took (the fastest of `repeats` calls), on fresh random (n, d)
// inputs in a sub-manager of their own: every array an operation on q, k or v creates belongs
// to that manager and stays listed there until it closes.
record Cost(long largestBytes, long allBytes, double seconds) {}

Cost measure(AttentionFn f, int n, int d, DataType type, int repeats) {
    long largest = 0, all = 0;
    double best = Double.POSITIVE_INFINITY;
    for (int r = 0; r < repeats; r++) {
        try (NDManager m = manager().newSubManager()) {
            NDArray q = m.randomNormal(0f, 1f, new Shape(n, d), type);
            NDArray k = m.randomNormal(0f, 1f, new Shape(n, d), type);
            NDArray v = m.randomNormal(0f, 1f, new Shape(n, d), type);
            Set<String> inputs = Set.of(q.getUid(), k.getUid(), v.getUid());
            long t0 = System.nanoTime();
            NDArray out = f.apply(q, k, v);
            out.get(0).toArray();                                 // wait for the result
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
            largest = 0; all = 0;
            for (NDArray a : m.getManagedArrays()) {
                if (inputs.contains(a.getUid())) continue;
                long bytes = a.getShape().size() * a.getDataType().getNumOfBytes();
                largest = Math.max(largest, bytes);
                all += bytes;
            }
        }
    }
    return new Cost(largest, all, best);
}

String bytesText(double b) {
    if (b >= 1 << 30) return String.format("%.2f GiB", b / (1 << 30));
    if (b >= 1 << 20) return String.format("%.2f MiB", b / (1 << 20));
    if (b >= 1 << 10) return String.format("%.1f KiB", b / (1 << 10));
    return String.format("%.0f B", b);
}
