// Reference solutions for 14-lstm, one per exercise, replayed by `scripts/tutor --check`.

// @step gates
NDArray[] gates(NDArray x, NDArray h, NDArray w, NDArray b) {
    long hs = h.getShape().get(1);                                         // H
    NDArray z = NDArrays.concat(new NDList(x, h), 1).matMul(w).add(b);     // (B, V + H)·(V + H, 3H) + (3H) → (B, 3H)
    NDArray i = Activation.sigmoid(z.get(new NDIndex(":, 0:{}", hs)));            // input gate (B, H), in (0, 1)
    NDArray o = Activation.sigmoid(z.get(new NDIndex(":, {}:{}", hs, 2 * hs)));   // output gate (B, H), in (0, 1)
    NDArray g = Activation.tanh(z.get(new NDIndex(":, {}:", 2 * hs)));            // cell input (B, H), in (−1, 1)
    return new NDArray[] {i, o, g};
}

// @step step
NDArray[] lstmStep(NDArray x, NDArray h, NDArray c, NDArray w, NDArray b) {
    NDArray[] gio = gates(x, h, w, b);
    NDArray cNext = c.add(gio[0].mul(gio[2]));         // c_t = c_{t−1} + i ⊙ g: the constant error carousel
    NDArray hNext = gio[1].mul(cNext.tanh());          // h_t = o ⊙ tanh(c_t)
    return new NDArray[] {hNext, cNext};
}

// @step unroll
NDArray lstmLast(NDArray xs, NDArray w, NDArray b) {
    long batch = xs.getShape().get(0), hs = w.getShape().get(1) / 3;
    NDArray h = xs.getManager().zeros(new Shape(batch, hs));   // a fresh state for every call
    NDArray c = xs.getManager().zeros(new Shape(batch, hs));
    for (int t = 0; t < xs.getShape().get(1); t++) {
        NDArray[] hc = lstmStep(xs.get(new NDIndex(":, {}, :", t)), h, c, w, b);
        h = hc[0];
        c = hc[1];
    }
    return h;                                                  // h_T (B, H)
}
