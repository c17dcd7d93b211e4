// Reference solutions for 23-gan, one per exercise, replayed by `scripts/tutor --check`.

// @step d-loss
NDArray discriminatorLoss(NDArray realLogits, NDArray fakeLogits) {
    // −log σ(r) = softplus(−r) on real points, −log(1 − σ(f)) = softplus(f) on fakes
    return Activation.softPlus(realLogits.neg()).mean().add(Activation.softPlus(fakeLogits).mean());
}

// @step g-loss
NDArray generatorLoss(NDArray fakeLogits) {
    return Activation.softPlus(fakeLogits.neg()).mean();               // −log D(G(z)), minimised
}

// @step step
float[] ganStep(Gan gan, NDArray real, NDArray z) {
    float dLoss, gLoss;
    try (var gc = Engine.getInstance().newGradientCollector()) {       // D's step: G's output is a constant
        NDArray fake = gan.g.forward(z).stopGradient();
        NDArray loss = discriminatorLoss(gan.d.forward(real), gan.d.forward(fake));
        gc.backward(loss);
        dLoss = loss.getFloat();
    }
    gan.dOpt.step();                                                   // moves D only
    try (var gc = Engine.getInstance().newGradientCollector()) {       // G's step through D
        NDArray loss = gan.gLoss.apply(gan.d.forward(gan.g.forward(z)));
        gc.backward(loss);
        gLoss = loss.getFloat();
    }
    gan.gOpt.step();                                                   // moves G only
    gan.d.clearGradients();                                            // G's backward filled D's too
    return new float[] {dLoss, gLoss};
}

// @step modes
int modesCovered(NDArray samples) {
    float[] s = samples.toFloatArray();
    int n = s.length / 2;
    int covered = 0;
    for (double[] c : centres) {
        int near = 0;
        for (int i = 0; i < n; i++) {
            if (Math.hypot(s[2 * i] - c[0], s[2 * i + 1] - c[1]) <= 3 * SIGMA) near++;
        }
        if (near >= n / (4.0 * MODES)) covered++;                      // a quarter of the fair share n/8
    }
    return covered;
}
