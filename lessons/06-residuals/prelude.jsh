// 06-residuals: run silently when the lesson starts.

// The body of one block, as in the ResNet paper's "basic block" with fully connected layers and
// without normalisation (BatchNorm is lesson 07): Linear → ReLU → Linear. Shape (N, width) in,
// (N, width) out. With zeroLast, the second Linear's weights start at 0, so that x + body(x)
// starts as exactly x: "do nothing" is the default (Goyal et al. 2017 zero the last scale of
// each residual branch for the same reason).
Block body(int width, boolean zeroLast) {
    Linear last = Linear.builder().setUnits(width).build();
    if (zeroLast) {
        last.setInitializer(Initializer.ZEROS, Parameter.Type.WEIGHT);
    }
    return new SequentialBlock().
            add(Linear.builder().setUnits(width).build()).
            add(Activation::relu).
            add(last);
}
