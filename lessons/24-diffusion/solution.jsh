// @step alpha-bar
double[] alphaBars(double[] beta) {
    double[] abar = new double[beta.length];
    abar[0] = 1;
    for (int t = 1; t < beta.length; t++) abar[t] = abar[t - 1] * (1 - beta[t]);
    return abar;
}

// @step q-sample
NDArray qSample(NDArray x0, NDArray t, NDArray eps, double[] alphaBar) {
    NDArray ab = at(alphaBar, t, x0);                              // (N, 1, …): ᾱ_t per sample
    return ab.sqrt().mul(x0).add(ab.neg().add(1).sqrt().mul(eps));
}

// @step eps-loss
NDArray diffusionLoss(Denoiser model, NDArray x0, double[] alphaBar) {
    int T = alphaBar.length - 1;
    NDManager m = x0.getManager();
    NDArray t = m.randomInteger(1, T + 1, new Shape(x0.getShape().get(0)), DataType.INT64);
    NDArray eps = m.randomNormal(x0.getShape());
    NDArray predicted = model.predict(qSample(x0, t, eps, alphaBar), t);
    return eps.sub(predicted).square().mean();
}

// @step reverse-step
NDArray reverseStep(NDArray xt, int t, NDArray epsHat, NDArray z, double[] beta, double[] alphaBar) {
    double alpha = 1 - beta[t];
    NDArray mean = xt.sub(epsHat.mul(beta[t] / Math.sqrt(1 - alphaBar[t]))).div(Math.sqrt(alpha));
    return t > 1 ? mean.add(z.mul(Math.sqrt(beta[t]))) : mean;
}

// @step sample
NDArray sample(Denoiser model, Shape shape, double[] beta, double[] alphaBar) {
    int T = beta.length - 1;
    NDArray x = manager().randomNormal(shape);                        // x_T ~ N(0, I)
    for (int t = T; t >= 1; t--) {
        NDArray epsHat = model.predict(x, steps(x, t));
        NDArray z = manager().randomNormal(shape);
        x = reverseStep(x, t, epsHat, z, beta, alphaBar);
    }
    return x;
}
