// Reference solutions for 28-kernels, one per exercise, replayed by `scripts/tutor --check`.

// @step cost-model
double[] costModel(long[] n, double[] seconds) {
    int last = n.length - 1;
    double b = (seconds[last] - seconds[0]) / (double) (n[last] - n[0]);   // slope: seconds per element
    double c = seconds[0] - b * n[0];                                      // the line at n = 0
    return new double[] {c, b};
}

// @step batch
NDArray standardiseRows(NDArray x) {
    NDArray centred = x.sub(x.mean(new int[] {1}, true));                               // (R, C) − (R, 1)
    return centred.div(centred.square().mean(new int[] {1}, true).add(1e-5f).sqrt());  // ÷ (R, 1)
}

// @step fused
void sgdStepFused(float[] p, float[] v, float[] g, float lr, float mu, float wd) {
    for (int i = 0; i < p.length; i++) {
        float grad = g[i] + wd * p[i];     // weight decay
        float vel = mu * v[i] + grad;      // velocity
        v[i] = vel;
        p[i] -= lr * vel;                  // step with the new velocity
    }
}
