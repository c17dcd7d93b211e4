// Reference solutions for 06-residuals, one per exercise, replayed by `scripts/tutor --check`.

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
        net.add(skip ? residual(body(width)) : body(width));
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
