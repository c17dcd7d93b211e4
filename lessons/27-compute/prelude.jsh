// 27-compute: run silently when the lesson starts.
// AlexNet as the paper built it (for counting only: it is never trained here), a stopwatch, the
// gradient of a softmax-regression model for the data-parallel exercise, and the data.
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.pooling.Pool;
import dltutor.dl.Compute;
import dltutor.dl.Flops;

// The fastest of `repeats` runs of `work`, in seconds, after one warm-up run (the machine is
// shared: the fastest run is the one other programs interrupted least).
double bestSeconds(int repeats, Runnable work) {
    work.run();
    long best = Long.MAX_VALUE;
    for (int i = 0; i < repeats; i++) {
        long start = System.nanoTime();
        work.run();
        best = Math.min(best, System.nanoTime() - start);
    }
    return Math.max(best, 1) / 1e9;
}

// The 1-minute load average: how many programs wanted a core, on average, over the last minute.
double loadAverage() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
}

// AlexNet (Krizhevsky et al. 2012, figure 2) for one 3×227×227 image: five convolutions and three
// fully connected layers. groups = 2 reproduces the two-GPU split: conv2, conv4 and conv5 see
// only the half of the channels that lives on their own GPU; conv1, conv3 and the fully connected
// layers see everything. No LRN, no dropout: they add no multiply–adds.
SequentialBlock alexNet(int groups) {
    SequentialBlock net = new SequentialBlock();
    net.add(Conv2d.builder().setKernelShape(new Shape(11, 11)).optStride(new Shape(4, 4)).setFilters(96).build())
       .add(Activation::relu).add(Pool.maxPool2dBlock(new Shape(3, 3), new Shape(2, 2)))
       .add(Conv2d.builder().setKernelShape(new Shape(5, 5)).optPadding(new Shape(2, 2)).setFilters(256).optGroups(groups).build())
       .add(Activation::relu).add(Pool.maxPool2dBlock(new Shape(3, 3), new Shape(2, 2)))
       .add(Conv2d.builder().setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1)).setFilters(384).build())
       .add(Activation::relu)
       .add(Conv2d.builder().setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1)).setFilters(384).optGroups(groups).build())
       .add(Activation::relu)
       .add(Conv2d.builder().setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1)).setFilters(256).optGroups(groups).build())
       .add(Activation::relu).add(Pool.maxPool2dBlock(new Shape(3, 3), new Shape(2, 2)))
       .add(Blocks.batchFlattenBlock())
       .add(Linear.builder().setUnits(4096).build()).add(Activation::relu)
       .add(Linear.builder().setUnits(4096).build()).add(Activation::relu)
       .add(Linear.builder().setUnits(1000).build());
    return net;
}

// ---- data parallelism -----------------------------------------------------------------------

// Softmax regression on Fashion-MNIST: W (785, 10), the last row of x a constant 1 (the bias).
// gradientOf returns dL/dW of the MEAN cross-entropy over the rows of x (float64), a new array.
NDArray gradientOf(NDArray w, NDArray x, NDArray y) {
    NDArray wc = w.duplicate();
    wc.attach(x.getManager());            // what this creates belongs to x's manager
    wc.setRequiresGradient(true);
    try (var gc = Engine.getInstance().newGradientCollector()) {
        NDArray logp = x.matMul(wc).logSoftmax(1);                                         // (B, classes)
        NDArray onehot = y.oneHot((int) w.getShape().get(1)).toType(DataType.FLOAT64, false);
        gc.backward(logp.mul(onehot).sum(new int[] {1}).neg().mean());
    }
    NDArray g = wc.getGradient().duplicate();
    wc.close();
    return g;
}

// The mean cross-entropy of W on (x, y).
double lossOf(NDArray w, NDArray x, NDArray y) {
    NDArray onehot = y.oneHot((int) w.getShape().get(1)).toType(DataType.FLOAT64, false);
    return x.matMul(w).logSoftmax(1).mul(onehot).sum(new int[] {1}).neg().mean().getDouble();
}

// 4,000 Fashion-MNIST training images as (4000, 785) float64 rows (pixels in [0, 1] and a 1).
FashionMnist fashion = fashionMnist(Split.TRAIN, 4000);
NDArray fashionX = fashion.images().reshape(4000, 784).toType(DataType.FLOAT64, false)
        .concat(manager().ones(new Shape(4000, 1), DataType.FLOAT64), 1);
NDArray fashionY = fashion.labels();
