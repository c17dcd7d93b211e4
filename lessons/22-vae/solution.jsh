// Reference solutions for 22-vae, one per exercise, replayed by `scripts/tutor --check`.

// @step encode
NDList encode(NDArray x, NDArray w, NDArray b,
              NDArray wMu, NDArray bMu, NDArray wLogvar, NDArray bLogvar) {
    NDArray h = Activation.relu(x.matMul(w).add(b));    // (N, H): the shared hidden layer
    NDArray mu = h.matMul(wMu).add(bMu);                 // (N, d): head 1, the mean
    NDArray logvar = h.matMul(wLogvar).add(bLogvar);     // (N, d): head 2, log σ², any real
    return new NDList(mu, logvar);
}

// @step reparameterise
NDArray reparameterise(NDArray mu, NDArray logvar) {
    NDArray eps = mu.getManager().randomNormal(mu.getShape());  // ε ~ N(0, I)
    NDArray sigma = logvar.mul(0.5).exp();                      // σ = exp(½ log σ²)
    return mu.add(sigma.mul(eps));                              // z = μ + σ·ε
}

// @step kl
NDArray gaussianKl(NDArray mu, NDArray logvar) {
    // ½ Σ_j (μ² + σ² − 1 − log σ²), summed over the latent axis: (N, d) → (N)
    return mu.square().add(logvar.exp()).sub(1).sub(logvar).sum(new int[] {1}).mul(0.5);
}

// @step elbo
NDArray negativeElbo(NDArray x, NDArray logits,
                     NDArray mu, NDArray logvar, float beta) {
    // −log Bernoulli(x | sigmoid(l)) = softplus(l) − x·l per pixel;
    // softplus(l) = max(l, 0) + log(1 + e^−|l|) never overflows
    NDArray softplus = logits.maximum(0).add(logits.abs().neg().exp().add(1).log());
    NDArray recon = softplus.sub(x.mul(logits)).sum(new int[] {1});  // (N): nats
    return recon.add(gaussianKl(mu, logvar).mul(beta));              // (N): recon + β·KL
}
