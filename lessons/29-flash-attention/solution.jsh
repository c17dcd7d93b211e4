// Reference solutions for 29-flash-attention, one per exercise, replayed by `scripts/tutor --check`.

// @step online
double attendOne(double[] s, double[] v, int block) {
    double m = Double.NEGATIVE_INFINITY, l = 0, o = 0;     // running max, sum, output
    for (int j0 = 0; j0 < s.length; j0 += block) {
        int j1 = Math.min(j0 + block, s.length);
        double mNew = m;
        for (int j = j0; j < j1; j++) mNew = Math.max(mNew, s[j]);
        double alpha = Math.exp(m - mNew);                 // rescales what was summed against the old max
        l *= alpha;
        o *= alpha;
        for (int j = j0; j < j1; j++) {
            double p = Math.exp(s[j] - mNew);
            l += p;
            o += p * v[j];
        }
        m = mNew;
    }
    return o / l;
}

// @step merge
Partial merge(Partial a, Partial b) {
    double m = Math.max(a.max(), b.max());
    double wa = Math.exp(a.max() - m), wb = Math.exp(b.max() - m);
    double[] out = new double[a.out().length];
    for (int c = 0; c < out.length; c++) out[c] = a.out()[c] * wa + b.out()[c] * wb;
    return new Partial(m, a.sum() * wa + b.sum() * wb, out);
}

// @step tiled
NDArray flashAttention(NDArray q, NDArray k, NDArray v, int block, boolean causal) {
    NDManager mm = q.getManager();
    long n = q.getShape().get(0), d = q.getShape().get(1), nk = k.getShape().get(0);
    DataType type = q.getDataType();
    NDArray m = mm.full(new Shape(n, 1), Float.NEGATIVE_INFINITY, type);    // running max per query
    NDArray l = mm.zeros(new Shape(n, 1), type);                            // running sum
    NDArray o = mm.zeros(new Shape(n, v.getShape().get(1)), type);          // running output, unnormalised
    NDArray queryIndex = mm.arange(0, (int) n, 1, DataType.INT64).reshape(n, 1);
    for (long j0 = 0; j0 < nk; j0 += block) {
        long j1 = Math.min(j0 + block, nk);
        NDArray kj = k.get(new NDIndex("{}:{}", j0, j1)), vj = v.get(new NDIndex("{}:{}", j0, j1));
        NDArray s = q.matMul(kj.transpose()).div(Math.sqrt(d));                   // (N, b): one block of scores
        if (causal) {
            NDArray future = mm.arange((int) j0, (int) j1, 1, DataType.INT64).reshape(1, j1 - j0).gt(queryIndex);
            s = NDArrays.where(future.broadcast(s.getShape()), mm.full(s.getShape(), Float.NEGATIVE_INFINITY, type), s);
        }
        NDArray mNew = NDArrays.maximum(m, s.max(new int[] {1}, true));      // (N, 1)
        NDArray p = s.sub(mNew).exp();                                       // (N, b)
        NDArray alpha = m.sub(mNew).exp();                                   // (N, 1)
        l = l.mul(alpha).add(p.sum(new int[] {1}, true));
        o = o.mul(alpha).add(p.matMul(vj));
        m = mNew;
    }
    return o.div(l);
}
