// 12-inductive-bias-unet: run silently when the lesson starts.
// Convolution and pooling live outside the session's default imports.
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.pooling.Pool;

// A k×k convolution with `filters` output channels, padded so that height and width stay the same.
Block conv(int filters, int k) {
    return Conv2d.builder().setKernelShape(new Shape(k, k)).optPadding(new Shape(k / 2, k / 2)).setFilters(filters).build();
}

// Two 3×3 convolutions with ReLU: one U-Net "level", as in the paper (which uses two, unpadded).
Block twoConvs(int filters) {
    return new SequentialBlock().add(conv(filters, 3)).add(Activation::relu).add(conv(filters, 3)).add(Activation::relu);
}

// The fully connected baseline: 784 → 128 → 10, 101,770 parameters.
Block mlp() {
    return new SequentialBlock().
            add(Blocks.batchFlattenBlock()).
            add(Linear.builder().setUnits(128).build()).add(Activation::relu).
            add(Linear.builder().setUnits(10).build());
}

// The small CNN: three 3×3 convolutions (16, 32, 32 filters), two 2×2 max-pools, a global
// max-pool over the last 7×7 map, and one Linear layer: 14,378 parameters.
Block cnn() {
    return new SequentialBlock().
            add(conv(16, 3)).add(Activation::relu).add(Pool.maxPool2dBlock(new Shape(2, 2))).    // (N, 16, 14, 14)
            add(conv(32, 3)).add(Activation::relu).add(Pool.maxPool2dBlock(new Shape(2, 2))).    // (N, 32, 7, 7)
            add(conv(32, 3)).add(Activation::relu).add(Pool.globalMaxPool2dBlock()).             // (N, 32)
            add(Linear.builder().setUnits(10).build());                                          // (N, 10)
}
