// Reference solutions for 13-rnn, one per exercise, replayed by `scripts/tutor --check`.

// @step cell
NDArray rnnStep(NDArray x, NDArray h, NDArray wx, NDArray wh, NDArray b) {
    return x.matMul(wx).add(h.matMul(wh)).add(b).tanh();   // (B, V)·(V, H) + (B, H)·(H, H) + (H) → (B, H)
}

// @step unroll
NDArray unroll(NDArray xs, NDArray h0, NDArray wx, NDArray wh, NDArray b) {
    NDArray h = h0;                                        // (B, H)
    long steps = xs.getShape().get(1);
    for (int t = 0; t < steps; t++) {
        NDArray x = xs.get(new NDIndex(":, {}, :", t));    // (B, V): every sequence's symbol at time t
        h = rnnStep(x, h, wx, wh, b);
    }
    return h;                                              // h_T
}

// @step grads
double[] gradNorms(NDArray xs, NDArray h0, NDArray wx, NDArray wh, NDArray b) {
    NDArray in = xs.duplicate();
    in.setRequiresGradient(true);
    try (var gc = Engine.getInstance().newGradientCollector()) {
        gc.backward(unroll(in, h0, wx, wh, b).sum());      // s = Σ h_T
    }
    NDArray g = in.getGradient();                          // (B, T, V): ∂s/∂x_t for every t
    int steps = (int) xs.getShape().get(1);
    double[] norms = new double[steps];
    for (int t = 0; t < steps; t++) {
        norms[t] = Math.sqrt(scalar(g.get(new NDIndex(":, {}, :", t)).square().sum()));
    }
    return norms;
}
