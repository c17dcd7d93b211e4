// Reference solutions for 08-layer-norm, one per exercise, replayed by `scripts/tutor --check`.

// @step ln
NDArray layerNorm(NDArray x, NDArray gamma, NDArray beta, double eps) {
    NDArray mean = x.mean(new int[] {-1}, true);                  // (…, 1): one mean per example
    NDArray var = x.sub(mean).square().mean(new int[] {-1}, true);  // (…, 1): biased variance
    return x.sub(mean).div(var.add(eps).sqrt()).mul(gamma).add(beta);
}

// @step axes
NDArray standardize(NDArray x, int... axes) {
    NDArray mu = mean(x, true, axes);
    NDArray var = variance(x, true, axes);
    return x.sub(mu).div(var.add(1e-5).sqrt());
}
int[] bnAxesNTD = {0, 1};   // batch norm on (N, T, D): per feature d, over examples and time steps
int[] lnAxesNTD = {2};      // layer norm on (N, T, D): per example and time step, over the features

// @step rnn-step
NDArray lnRnnStep(NDArray x, NDArray h, NDArray wx, NDArray wh, NDArray gamma, NDArray beta) {
    NDArray a = x.matMul(wx).add(h.matMul(wh));         // (N, H): summed inputs of the H units
    return layerNorm(a, gamma, beta, 1e-5).tanh();      // normalise over the units, then squash
}
