// Reference solutions for 09-dropout, one per exercise, replayed by `scripts/tutor --check`.

// @step dropout
NDArray dropout(NDArray x, double p, boolean training) {
    if (!training || p == 0) {
        return x;                                        // inference: every unit, unscaled
    }
    NDArray u = x.getManager().randomUniform(0f, 1f, x.getShape());
    NDArray keep = u.gte(p).toType(x.getDataType(), false);   // 1 with probability 1 − p
    return x.mul(keep).div(1 - p);                       // survivors scaled by 1/(1 − p)
}

// @step mlp
Block dropoutMlp(float pInput, float pHidden) {
    return new SequentialBlock().
            add(Blocks.batchFlattenBlock()).
            add(Dropout.builder().optRate(pInput).build()).
            add(Linear.builder().setUnits(256).build()).
            add(Activation::relu).
            add(Dropout.builder().optRate(pHidden).build()).
            add(Linear.builder().setUnits(256).build()).
            add(Activation::relu).
            add(Dropout.builder().optRate(pHidden).build()).
            add(Linear.builder().setUnits(10).build());
}

// @step ensemble
NDArray mcPredict(Block net, NDArray x, int samples) {
    NDArray sum = null;
    for (int s = 0; s < samples; s++) {
        NDArray probs = forwardTraining(net, x).softmax(-1);   // one thinned network's prediction
        sum = sum == null ? probs : sum.add(probs);
    }
    return sum.div(samples);
}
