// 18-attention: reference solutions, one per exercise.

// @step score
NDArray scores(NDArray s, NDArray hs, NDArray wa, NDArray ua, NDArray va) {
    NDArray query = s.matMul(wa).expandDims(1);                                 // (B, 1, A)
    NDArray keys = hs.matMul(ua);                                               // (B, S, A)
    return query.add(keys).tanh().matMul(va);                                   // (B, S)
}

// @step mask
NDArray maskedSoftmax(NDArray e, NDArray src) {
    NDArray pad = src.eq(PAD).toType(DataType.FLOAT32, false);                  // 1 on padding
    return e.add(pad.mul(-1e9f)).softmax(1);                                    // over source positions
}

// @step step
NDList attnStep(NDArray y, NDArray s, NDArray hs, NDArray src, Attn p) {
    NDArray alpha = maskedSoftmax(scores(s, hs, p.wa(), p.ua(), p.va()), src); // (B, S)
    NDArray c = alpha.expandDims(1).matMul(hs).squeeze(1);                      // (B, H)
    NDArray sNew = gruStep(NDArrays.concat(new NDList(y, c), 1), s, p.dec());
    NDArray logits = NDArrays.concat(new NDList(sNew, c), 1).matMul(p.wy()).add(p.by());
    return new NDList(sNew, logits, alpha);
}
