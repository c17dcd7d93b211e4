// @step cell
NDArray gruStep(NDArray x, NDArray h, Gru p) {
    NDArray xh = NDArrays.concat(new NDList(x, h), 1);                          // (B, V + H)
    NDArray z = Activation.sigmoid(xh.matMul(p.wz()).add(p.bz()));              // update gate
    NDArray r = Activation.sigmoid(xh.matMul(p.wr()).add(p.br()));              // reset gate
    NDArray xrh = NDArrays.concat(new NDList(x, r.mul(h)), 1);
    NDArray hTilde = xrh.matMul(p.wh()).add(p.bh()).tanh();                     // candidate
    return z.mul(h).add(z.neg().add(1).mul(hTilde));                           // keep z of the old
}

// @step encoder
NDArray encode(NDArray src, Gru p) {
    int b = (int) src.getShape().get(0), steps = (int) src.getShape().get(1);
    int hidden = (int) p.bz().getShape().get(0);
    NDArray x = oneHot(src);                                                    // (B, S, V)
    NDArray real = src.neq(PAD).toType(DataType.FLOAT32, false).expandDims(1);  // (B, 1, S)
    NDArray h = x.getManager().zeros(new Shape(b, hidden));
    for (int t = 0; t < steps; t++) {
        NDArray m = real.get(new NDIndex(":, :, {}", t));                        // (B, 1)
        NDArray hNew = gruStep(x.get(new NDIndex(":, {}, :", t)), h, p);
        h = hNew.mul(m).add(h.mul(m.neg().add(1)));                             // padding: keep h
    }
    return h;
}

// @step loss
NDArray seqLoss(NDArray src, NDArray tgt, Seq2Seq p) {
    int steps = (int) tgt.getShape().get(1) - 1;
    NDArray in = oneHot(tgt.get(new NDIndex(":, :-1")));                        // <bos> y1 .. : what the decoder reads
    NDArray gold = tgt.get(new NDIndex(":, 1:"));                               // y1 .. <eos>: what it must say
    NDArray h = encode(src, p.enc());
    NDList states = new NDList();
    for (int t = 0; t < steps; t++) {
        h = gruStep(in.get(new NDIndex(":, {}, :", t)), h, p.dec());
        states.add(h);
    }
    NDArray logits = NDArrays.stack(states, 1).matMul(p.wy()).add(p.by());      // (B, T − 1, V)
    NDArray logp = logits.logSoftmax(2);
    NDArray picked = logp.mul(oneHot(gold)).sum(new int[] {2});                 // (B, T − 1)
    NDArray real = gold.neq(PAD).toType(DataType.FLOAT32, false);
    return picked.mul(real).sum().div(real.sum()).neg();
}

// @step greedy
int[][] greedy(NDArray src, Seq2Seq p, int maxLen) {
    int b = (int) src.getShape().get(0);
    NDArray h = encode(src, p.enc());
    NDArray token = src.getManager().full(new Shape(b), BOS, DataType.INT32);
    int[][] out = new int[b][maxLen];
    for (int t = 0; t < maxLen; t++) {
        h = gruStep(oneHot(token), h, p.dec());
        token = h.matMul(p.wy()).add(p.by()).argMax(1).toType(DataType.INT32, false);
        int[] ids = token.toIntArray();
        for (int i = 0; i < b; i++) out[i][t] = ids[i];
    }
    int[][] cut = new int[b][];
    for (int i = 0; i < b; i++) {
        int n = 0;
        while (n < maxLen && out[i][n] != EOS) n++;
        cut[i] = Arrays.copyOf(out[i], n);
    }
    return cut;
}
