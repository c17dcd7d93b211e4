// Reference solutions for 07-batch-norm, one per exercise, replayed by `scripts/tutor --check`.

// @step bn-train
NDArray batchNormTrain(NDArray x, NDArray gamma, NDArray beta, double eps) {
    NDArray mean = x.mean(new int[] {0});                 // (C): one mean per feature, over the batch
    NDArray var = x.sub(mean).square().mean(new int[] {0});  // (C): biased variance (divide by N)
    NDArray xHat = x.sub(mean).div(var.add(eps).sqrt());  // (N, C): mean 0, variance ≈ 1 per feature
    return xHat.mul(gamma).add(beta);                     // (N, C): learned scale and shift
}

// @step bn-conv
NDArray batchNorm2dTrain(NDArray x, NDArray gamma, NDArray beta, double eps) {
    long c = x.getShape().get(1);
    NDArray mean = mean(x, true, 0, 2, 3);                // (1, C, 1, 1): over batch and positions
    NDArray var = variance(x, true, 0, 2, 3);             // (1, C, 1, 1): biased
    NDArray xHat = x.sub(mean).div(var.add(eps).sqrt());  // (N, C, H, W)
    return xHat.mul(gamma.reshape(1, c, 1, 1)).add(beta.reshape(1, c, 1, 1));
}

// @step running
class RunningBatchNorm {
    final double momentum = 0.9, eps = 1e-5;
    NDArray gamma, beta, runningMean, runningVar;   // each (C)

    RunningBatchNorm(int channels) {
        gamma = manager().ones(new Shape(channels));        // start as the identity: scale 1 ...
        beta = manager().zeros(new Shape(channels));        // ... and shift 0
        runningMean = manager().zeros(new Shape(channels));
        runningVar = manager().ones(new Shape(channels));
    }

    NDArray forward(NDArray x, boolean training) {   // x (N, C)
        if (!training) {                              // inference: the stored estimates, not the batch
            return x.sub(runningMean).div(runningVar.add(eps).sqrt()).mul(gamma).add(beta);
        }
        long n = x.getShape().get(0);
        NDArray mean = x.mean(new int[] {0});
        NDArray var = x.sub(mean).square().mean(new int[] {0});
        runningMean = runningMean.mul(momentum).add(mean.mul(1 - momentum));
        runningVar = runningVar.mul(momentum).add(var.mul((double) n / (n - 1)).mul(1 - momentum));  // unbiased
        return batchNormTrain(x, gamma, beta, eps);
    }
}

// @step bn-backward
NDArray batchNormBackward(NDArray dy, NDArray x, NDArray gamma, double eps) {
    long n = x.getShape().get(0);
    NDArray mu = x.mean(new int[] {0});                          // (C)
    NDArray var = x.sub(mu).square().mean(new int[] {0});        // (C), biased
    NDArray s = var.add(eps).sqrt();                             // (C)
    NDArray xHat = x.sub(mu).div(s);                             // (N, C)
    NDArray dxHat = dy.mul(gamma);                               // (N, C)
    NDArray sumD = dxHat.sum(new int[] {0});                     // (C): Σ dx̂
    NDArray sumDX = dxHat.mul(xHat).sum(new int[] {0});          // (C): Σ dx̂·x̂
    return dxHat.mul(n).sub(sumD).sub(xHat.mul(sumDX)).div(s.mul(n));
}

// @step mlp
Block mlp(boolean withBatchNorm) {
    SequentialBlock net = new SequentialBlock();
    for (int i = 0; i < 3; i++) {
        net.add(Linear.builder().setUnits(100).build());
        if (withBatchNorm) {
            net.add(BatchNorm.builder().build());   // after the affine map, before the non-linearity
        }
        net.add(Activation::relu);
    }
    net.add(Linear.builder().setUnits(10).build());
    return net;
}
