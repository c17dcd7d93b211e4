// Reference solutions for 26-dall-e, one per exercise, replayed by `scripts/tutor --check`.

// @step drop
NDArray dropCondition(NDArray cond, NDArray nullEmb, double p) {
    long n = cond.getShape().get(0);
    NDArray drop = cond.getManager().randomUniform(0f, 1f, new Shape(n, 1)).lt(p).toType(DataType.FLOAT32, false);   // 1 = drop this row
    return cond.mul(drop.neg().add(1)).add(nullEmb.mul(drop));
}

// @step guided
NDArray guidedEps(NDArray epsCond, NDArray epsUncond, double w) {
    return epsUncond.add(epsCond.sub(epsUncond).mul(w));
}

// @step step
NDArray sampleStep(Denoiser model, NDArray x, int t, NDArray cond, double w, NDArray z) {
    NDArray epsC = model.eps(x, t, cond);                              // with the caption
    NDArray epsU = model.eps(x, t, model.nullEmbedding(cond));         // with ∅, the same vector as in training
    return posteriorStep(x, t, guidedEps(epsC, epsU, w), z);
}

// @step measure
double fractionAssigned(NDArray images, int label) {
    int[] guess = predictClasses(judge, images);
    return Arrays.stream(guess).filter(g -> g == label).count() / (double) guess.length;
}
