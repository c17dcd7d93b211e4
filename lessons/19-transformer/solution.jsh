// Reference solutions for 19-transformer, one per exercise, replayed by `scripts/tutor --check`.

// @step attention
NDArray attention(NDArray q, NDArray k, NDArray v, boolean causal) {
    long dk = q.getShape().get(q.getShape().dimension() - 1);
    NDArray scores = q.matMul(k.swapAxes(-1, -2)).div(Math.sqrt(dk));          // (…, Tq, Tk)
    if (causal) {
        int t = (int) k.getShape().get(k.getShape().dimension() - 2);
        scores = scores.add(causalMask(q.getManager(), t).log());              // + log 1 = 0, + log 0 = −∞
    }
    return scores.softmax(-1).matMul(v);                                        // (…, Tq, dv)
}

// @step heads
NDArray splitHeads(NDArray x, int heads) {
    long b = x.getShape().get(0), t = x.getShape().get(1), d = x.getShape().get(2);
    return x.reshape(b, t, heads, d / heads).transpose(0, 2, 1, 3);             // (B, H, T, D/H)
}
NDArray mergeHeads(NDArray x) {
    long b = x.getShape().get(0), h = x.getShape().get(1), t = x.getShape().get(2), dk = x.getShape().get(3);
    return x.transpose(0, 2, 1, 3).reshape(b, t, h * dk);                        // (B, T, D)
}
NDArray multiHead(NDArray x, NDArray wq, NDArray wk, NDArray wv, NDArray wo, int heads, boolean causal) {
    NDArray q = splitHeads(x.matMul(wq), heads);                                 // (B, H, T, D/H)
    NDArray k = splitHeads(x.matMul(wk), heads);
    NDArray v = splitHeads(x.matMul(wv), heads);
    return mergeHeads(attention(q, k, v, causal)).matMul(wo);                    // (B, T, D)
}

// @step positions
NDArray positionalEncoding(int t, int d) {
    float[] pe = new float[t * d];
    for (int pos = 0; pos < t; pos++) {
        for (int i = 0; i < d / 2; i++) {
            double angle = pos / Math.pow(10000, 2.0 * i / d);
            pe[pos * d + 2 * i] = (float) Math.sin(angle);
            pe[pos * d + 2 * i + 1] = (float) Math.cos(angle);
        }
    }
    return manager().create(pe, new Shape(t, d));
}

// @step block
NDArray block(NDArray x, UnaryOperator<NDArray> attn, UnaryOperator<NDArray> mlp,
        UnaryOperator<NDArray> norm1, UnaryOperator<NDArray> norm2, boolean preLN) {
    if (preLN) {
        NDArray h = x.add(attn.apply(norm1.apply(x)));        // x + Attn(LN(x))
        return h.add(mlp.apply(norm2.apply(h)));              // h + MLP(LN(h))
    }
    NDArray h = norm1.apply(x.add(attn.apply(x)));            // LN(x + Attn(x))
    return norm2.apply(h.add(mlp.apply(h)));                  // LN(h + MLP(h))
}
