// Reference solutions for 27-compute, one per exercise, replayed by `scripts/tutor --check`.

// @step layer-flops
long linearFlops(long batch, long in, long out) {
    return 2 * batch * in * out;                          // a multiply–add per weight and row
}
long convFlops(long batch, long cIn, long cOut, long k, long hOut, long wOut) {
    return 2 * batch * cOut * hOut * wOut * cIn * k * k;  // outputs × (C_in·k²) multiply–adds each
}

// @step attention-flops
long attentionFlops(long batch, long t, long d) {
    long projections = 4 * 2 * batch * t * d * d;         // Q, K, V, O: (T, D)·(D, D)
    long scores = 2 * batch * t * t * d;                  // Q·Kᵀ: (T, D)·(D, T)
    long mix = 2 * batch * t * t * d;                     // A·V: (T, T)·(T, D)
    return projections + scores + mix;
}

// @step flops-rate
double flopsPerSecond(long m, long k, long n, double seconds) {
    return 2.0 * m * k * n / seconds;
}

// @step shards
NDArray dataParallelGradient(NDArray w, NDArray x, NDArray y, int k) {
    long rows = x.getShape().get(0);
    NDArray total = null;
    long from = 0;
    for (int i = 0; i < k; i++) {
        long to = from + rows / k + (i < rows % k ? 1 : 0);                        // one row more for the first rows % k shards
        NDArray g = gradientOf(w, x.get(from + ":" + to), y.get(from + ":" + to));  // this shard's mean gradient
        NDArray share = g.mul((double) (to - from) / rows);                        // weighted by n_i / B
        total = total == null ? share : total.add(share);
        from = to;
    }
    return total;
}

// @step allreduce
double allReduceSeconds(double bytes, int k, double bandwidth) {
    return 2.0 * (k - 1) / k * bytes / bandwidth;
}
