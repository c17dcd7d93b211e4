// 10-weight-decay: run silently when the lesson starts.

// n points x ~ U(−1, 1), y = sin(πx) + noise·N(0, 1), as {x (n, 1), y (n, 1)}.
NDArray[] noisySine(int n, double noise, long seed) {
    Random r = new Random(seed);
    float[] xs = new float[n], ys = new float[n];
    for (int i = 0; i < n; i++) {
        xs[i] = (float) (2 * r.nextDouble() - 1);
        ys[i] = (float) (Math.sin(Math.PI * xs[i]) + noise * r.nextGaussian());
    }
    return new NDArray[] {manager().create(xs, new Shape(n, 1)), manager().create(ys, new Shape(n, 1))};
}

// A curve fitter far bigger than 20 points need: 1 → 256 tanh → 256 tanh → 1 (66,561 weights).
Block curveNet() {
    return new SequentialBlock().
            add(Linear.builder().setUnits(256).build()).add(Activation::tanh).
            add(Linear.builder().setUnits(256).build()).add(Activation::tanh).
            add(Linear.builder().setUnits(1).build());
}

// Mean squared error of a block on {x, y}.
double mse(Block net, NDArray[] data) {
    return scalar(predict(net, data[0]).sub(data[1]).square().mean());
}
