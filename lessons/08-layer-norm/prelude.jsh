// 08-layer-norm: run silently when the lesson starts.
// DJL's normalization layers live in ai.djl.nn.norm; the session does not import it.
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.norm.LayerNorm;

// The network of the experiment: 784 → 100 → 100 → 10 with ReLU, and an optional
// normalization layer ("none", "batch" or "layer") after each hidden Linear.
Block normedMlp(String norm) {
    SequentialBlock net = new SequentialBlock();
    for (int i = 0; i < 2; i++) {
        net.add(Linear.builder().setUnits(100).build());
        if (norm.equals("batch")) {
            net.add(BatchNorm.builder().build());
        } else if (norm.equals("layer")) {
            net.add(LayerNorm.builder().build());
        }
        net.add(Activation::relu);
    }
    net.add(Linear.builder().setUnits(10).build());
    return net;
}
