// Reference solutions for 11-adam, one per exercise, replayed by `scripts/tutor --check`.

// @step sgd
class SgdRule implements UpdateRule {
    final double lr;

    SgdRule(double lr) {
        this.lr = lr;
    }

    public void step(double[] theta, double[] grad) {
        for (int i = 0; i < theta.length; i++) {
            theta[i] -= lr * grad[i];  // θ ← θ − η·g: downhill
        }
    }
}

// @step momentum
class MomentumRule implements UpdateRule {
    final double lr, mu;
    double[] velocity;

    MomentumRule(double lr, double mu) {
        this.lr = lr;
        this.mu = mu;
    }

    public void step(double[] theta, double[] grad) {
        if (velocity == null) {
            velocity = new double[theta.length];  // v₀ = 0
        }
        for (int i = 0; i < theta.length; i++) {
            velocity[i] = mu * velocity[i] + grad[i];  // v ← μ·v + g
            theta[i] -= lr * velocity[i];              // θ ← θ − η·v
        }
    }
}

// @step rmsprop
class RmsPropRule implements UpdateRule {
    final double lr, rho, eps;
    double[] s;

    RmsPropRule(double lr, double rho, double eps) {
        this.lr = lr;
        this.rho = rho;
        this.eps = eps;
    }

    public void step(double[] theta, double[] grad) {
        if (s == null) s = new double[theta.length];
        for (int i = 0; i < theta.length; i++) {
            s[i] = rho * s[i] + (1 - rho) * grad[i] * grad[i];   // running mean of g²
            theta[i] -= lr * grad[i] / (Math.sqrt(s[i]) + eps);  // step ≈ ±η whatever the scale
        }
    }
}

// @step adam
class AdamRule implements UpdateRule {
    final double lr, beta1, beta2, eps;
    double[] m, v;
    int t;

    AdamRule(double lr, double beta1, double beta2, double eps) {
        this.lr = lr;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
    }

    AdamRule(double lr) {
        this(lr, 0.9, 0.999, 1e-8);
    }

    public void step(double[] theta, double[] grad) {
        if (m == null) {
            m = new double[theta.length];
            v = new double[theta.length];
        }
        t++;  // t counts from 1
        double c1 = 1 - Math.pow(beta1, t), c2 = 1 - Math.pow(beta2, t);
        for (int i = 0; i < theta.length; i++) {
            m[i] = beta1 * m[i] + (1 - beta1) * grad[i];            // first moment
            v[i] = beta2 * v[i] + (1 - beta2) * grad[i] * grad[i];  // second moment
            double mHat = m[i] / c1, vHat = v[i] / c2;              // bias correction
            theta[i] -= lr * mHat / (Math.sqrt(vHat) + eps);
        }
    }
}

// @step race
int stepsToConverge(UpdateRule rule, double threshold, int maxSteps) {
    double[] theta = START.clone();
    int settled = valley(theta) < threshold ? 0 : -1;
    for (int s = 1; s <= maxSteps; s++) {
        rule.step(theta, valleyGrad(theta));
        if (valley(theta) < threshold) {
            if (settled < 0) {
                settled = s;  // below from here on, unless it climbs out again
            }
        } else {
            settled = -1;     // above (or NaN): not settled yet
        }
    }
    return settled;
}

// @step warmup-cosine
double warmupCosine(int t, int warm, int total, double peak) {
    if (t <= warm) return peak * t / warm;                                   // linear warm-up
    if (t >= total) return 0;                                                // finished
    return peak * 0.5 * (1 + Math.cos(Math.PI * (t - warm) / (double) (total - warm)));   // half a cosine
}
