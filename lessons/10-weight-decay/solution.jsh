// Reference solutions for 10-weight-decay, one per exercise, replayed by `scripts/tutor --check`.

// @step penalty
double l2Penalty(Block net, double lambda) {
    double sum = 0;
    for (var p : net.getParameters()) {
        sum += scalar(p.getValue().getArray().square().sum());   // ‖w‖² of this parameter
    }
    return lambda / 2 * sum;
}

// @step sgd
double[] sgdL2Step(double[] w, double[] g, double lr, double lambda) {
    double[] out = new double[w.length];
    for (int i = 0; i < w.length; i++) {
        out[i] = w[i] - lr * (g[i] + lambda * w[i]);   // the penalty's gradient λw joins g
    }
    return out;
}

double[] sgdDecayStep(double[] w, double[] g, double lr, double lambda) {
    double[] out = new double[w.length];
    for (int i = 0; i < w.length; i++) {
        out[i] = (1 - lr * lambda) * w[i] - lr * g[i];   // shrink, then step
    }
    return out;
}

// @step adam
double[] adamStep(double[] w, double[] g, double[] m, double[] v, int t,
                  double lr, double lambda, boolean decoupled) {
    double b1 = 0.9, b2 = 0.999, eps = 1e-8;
    double[] out = new double[w.length];
    for (int i = 0; i < w.length; i++) {
        double gi = decoupled ? g[i] : g[i] + lambda * w[i];   // L2: the penalty's gradient enters the moments
        m[i] = b1 * m[i] + (1 - b1) * gi;
        v[i] = b2 * v[i] + (1 - b2) * gi * gi;
        double mHat = m[i] / (1 - Math.pow(b1, t));
        double vHat = v[i] / (1 - Math.pow(b2, t));
        out[i] = w[i] - lr * mHat / (Math.sqrt(vHat) + eps);
        if (decoupled) {
            out[i] -= lr * lambda * w[i];                      // AdamW: decay the weight itself
        }
    }
    return out;
}
