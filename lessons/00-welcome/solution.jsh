// Reference solutions for 00-welcome, one per exercise, replayed by `scripts/tutor --check`.

// @step center
NDArray center(NDArray x) {
    return x.sub(x.mean(new int[] {0}));  // (n, d) − (d): the means broadcast over the rows
}

// @step linear
NDArray linear(NDArray x, NDArray w, NDArray b) {
    return x.matMul(w).add(b);  // (n, in)·(in, out) → (n, out), plus b broadcast over the rows
}

// @step sampler
int[] sample(double[] p, int n, Random r) {
    int[] out = new int[n];
    for (int s = 0; s < n; s++) {
        double u = r.nextDouble();
        int k = 0;
        double cum = p[0];
        while (u >= cum && k < p.length - 1) {  // the guard absorbs rounding in Σ p
            k++;
            cum += p[k];
        }
        out[s] = k;
    }
    return out;
}

// @step empirical
double[] empirical(int[] xs, int k) {
    double[] q = new double[k];
    for (int x : xs) {
        q[x] += 1.0 / xs.length;
    }
    return q;
}

double tv(double[] p, double[] q) {
    double s = 0;
    for (int i = 0; i < p.length; i++) {
        s += Math.abs(p[i] - q[i]);
    }
    return s / 2;
}

// @step fit-line
float[] fitLine(NDArray x, NDArray y, int steps, float lr) {
    NDArray w = manager().create(0f);
    NDArray b = manager().create(0f);
    w.setRequiresGradient(true);
    b.setRequiresGradient(true);
    for (int s = 0; s < steps; s++) {
        try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
            NDArray loss = x.mul(w).add(b).sub(y).pow(2).mean();  // (1/n) Σ (w·x + b − y)²
            gc.backward(loss);
        }
        w.subi(w.getGradient().mul(lr));
        b.subi(b.getGradient().mul(lr));
        w.getGradient().subi(w.getGradient());  // gradients accumulate: reset them
        b.getGradient().subi(b.getGradient());
    }
    return new float[] {w.getFloat(), b.getFloat()};
}
