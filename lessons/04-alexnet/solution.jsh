// Reference solutions for 04-alexnet, one per exercise, replayed by `scripts/tutor --check`.

// @step flip-shift
NDArray flip(NDArray images) {
    return images.flip(3);  // (N, C, H, W): reverse the columns
}

NDArray shift(NDArray images, int dy, int dx) {
    long h = images.getShape().get(2), w = images.getShape().get(3);
    int a = Math.abs(dx), b = Math.abs(dy);
    NDArray padded = images.pad(new Shape(a, a, b, b), 0);  // (N, C, H + 2b, W + 2a): left, right, top, bottom
    // out[y][x] = padded[y + b − dy][x + a − dx] = images[y − dy][x − dx]
    return padded.get(new NDIndex().addAllDim(2).addSliceDim(b - dy, b - dy + h).addSliceDim(a - dx, a - dx + w));
}

// @step augment
NDArray augment(NDArray images, Random r) {
    long n = images.getShape().get(0);
    NDList out = new NDList();
    for (long i = 0; i < n; i++) {
        NDArray one = images.get(new NDIndex().addSliceDim(i, i + 1));  // (1, C, H, W)
        if (r.nextBoolean()) {
            one = flip(one);
        }
        int dy = r.nextInt(5) - 2, dx = r.nextInt(5) - 2;
        out.add(shift(one, dy, dx));
    }
    return NDArrays.concat(out);  // (N, C, H, W)
}

// @step alexnet
SequentialBlock miniAlexNet(int[] channels, int hidden) {
    SequentialBlock net = new SequentialBlock();
    for (int i = 0; i < channels.length; i++) {
        int k = i == 0 ? 5 : 3;
        net.add(Conv2d.builder().setKernelShape(new Shape(k, k)).optPadding(new Shape(k / 2, k / 2))
                .setFilters(channels[i]).build());
        net.add(Activation::relu);
        if (i < 2 || i == channels.length - 1) {  // overlapping: 3×3 windows, 2 pixels apart
            net.add(Pool.maxPool2dBlock(new Shape(3, 3), new Shape(2, 2), new Shape(1, 1)));
        }
    }
    net.add(Blocks.batchFlattenBlock());
    for (int j = 0; j < 2; j++) {  // dropout in the first two fully connected layers, as in AlexNet
        net.add(Linear.builder().setUnits(hidden).build());
        net.add(Activation::relu);
        net.add(Dropout.builder().optRate(0.5f).build());
    }
    net.add(Linear.builder().setUnits(10).build());
    net.setInitializer(new XavierInitializer(XavierInitializer.RandomType.GAUSSIAN,
            XavierInitializer.FactorType.IN, 2), Parameter.Type.WEIGHT);
    return net;
}

// @step count
long countParameters(int[] channels, int hidden) {
    long total = 0;
    int in = 1, size = 28;
    for (int i = 0; i < channels.length; i++) {
        int k = i == 0 ? 5 : 3;
        total += (long) channels[i] * (in * k * k + 1);  // C_out · (C_in · k · k + 1)
        in = channels[i];
        if (i < 2 || i == channels.length - 1) {
            size = (size + 2 - 3) / 2 + 1;  // ⌊(n + 2p − k)/s⌋ + 1 with k = 3, s = 2, p = 1
        }
    }
    long flat = (long) in * size * size;
    total += hidden * (flat + 1) + hidden * (hidden + 1L) + 10 * (hidden + 1L);  // out · (in + 1), three times
    return total;
}
