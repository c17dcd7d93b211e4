// Reference solutions for 06-residuals, one per exercise, replayed by `scripts/tutor --check`.

// @step jacobian-products
double productNorm(double[][][] jacobians, boolean residual) {
    int n = jacobians[0].length;
    double[][] product = new double[n][n];
    for (int i = 0; i < n; i++) product[i][i] = 1;                  // start from I
    for (double[][] j : jacobians) {                                  // layer 0 first: its factor ends up rightmost
        double[][] next = new double[n][n];
        for (int i = 0; i < n; i++)
            for (int c = 0; c < n; c++)
                for (int m = 0; m < n; m++)
                    next[i][c] += (j[i][m] + (residual && i == m ? 1 : 0)) * product[m][c];   // (I + J)·product
        product = next;
    }
    double sum = 0;
    for (double[] row : product) for (double v : row) sum += v * v;
    return Math.sqrt(sum);                                            // Frobenius norm
}

// @step residual
Block residual(Block body) {
    return new ParallelBlock(
            outputs -> new NDList(outputs.get(0).singletonOrThrow().add(outputs.get(1).singletonOrThrow())),
            List.of(body, Blocks.identityBlock()));
}

// @step deep-net
Block deepNet(boolean skip, int blocks, int width, int classes) {
    SequentialBlock net = new SequentialBlock();
    net.add(Linear.builder().setUnits(width).build());
    net.add(Activation::relu);
    for (int i = 0; i < blocks; i++) {
        net.add(skip ? residual(body(width, true)) : body(width, false));
        net.add(Activation::relu);
    }
    net.add(Linear.builder().setUnits(classes).build());
    return net;
}

// @step first-grad
double firstLayerGradNorm(Block net, NDArray x, NDArray y) {
    zeroGradients(net);
    try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
        NDArray logits = net.forward(new ParameterStore(manager(), false), new NDList(x), true).singletonOrThrow();
        gc.backward(Loss.softmaxCrossEntropyLoss().evaluate(new NDList(y), new NDList(logits)));
    }
    return scalar(net.getParameters().get(0).getValue().getArray().getGradient().norm());
}
