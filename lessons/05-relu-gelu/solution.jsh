// Reference solutions for 05-relu-gelu, one per exercise, replayed by `scripts/tutor --check`.

// @step activations
double sigmoid(double x) {
    return 1 / (1 + Math.exp(-x));
}

double relu(double x) {
    return Math.max(0, x);
}

double gelu(double x) {   // the tanh approximation from Hendrycks & Gimpel
    return 0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x * x * x)));
}

// @step derivatives
double sigmoidPrime(double x) {
    double s = sigmoid(x);
    return s * (1 - s);
}

double reluPrime(double x) {
    return x > 0 ? 1 : 0;
}

double geluPrime(double x) {
    double c = Math.sqrt(2 / Math.PI);
    double t = Math.tanh(c * (x + 0.044715 * x * x * x));
    return 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * c * (1 + 3 * 0.044715 * x * x);
}

// @step deep-mlp
Block deepMlp(int depth, int width, Function<NDList, NDList> activation, int outputs) {
    SequentialBlock net = new SequentialBlock();
    for (int i = 0; i < depth; i++) {
        net.add(Linear.builder().setUnits(width).build());
        net.add(activation);
    }
    net.add(Linear.builder().setUnits(outputs).build());
    return net;
}

// @step grad-norms
double[] layerGradNorms(Block net, NDArray x, NDArray y) {
    zeroGradients(net);
    try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
        NDArray logits = net.forward(new ParameterStore(manager(), false), new NDList(x), true).singletonOrThrow();
        NDArray loss = Loss.softmaxCrossEntropyLoss().evaluate(new NDList(y), new NDList(logits));
        gc.backward(loss);
    }
    List<Double> norms = new ArrayList<>();
    for (var p : net.getParameters()) {
        if (p.getKey().endsWith("weight")) {
            norms.add(scalar(p.getValue().getArray().getGradient().norm()));
        }
    }
    return norms.stream().mapToDouble(Double::doubleValue).toArray();
}

// @step saturation
double[] weakShare(Block net, NDArray x, Function<NDList, NDList> f, double t) {
    List<Double> shares = new ArrayList<>();
    NDArray h = x, z = null;
    for (Block b : net.getChildren().values()) {
        NDArray out = forward(b, h, false);
        if (b instanceof Linear) z = out;
        else {
            NDArray slope = f.apply(new NDList(z.add(1e-3))).head().sub(f.apply(new NDList(z.sub(1e-3))).head()).div(2e-3);
            shares.add(scalar(slope.abs().lt(t).toType(DataType.FLOAT32, false).mean()));
        }
        h = out;
    }
    return shares.stream().mapToDouble(Double::doubleValue).toArray();
}
