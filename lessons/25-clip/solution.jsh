// Reference solutions for 25-clip, one per exercise, replayed by `scripts/tutor --check`.

// @step similarity
NDArray similarity(NDArray imageEmb, NDArray textEmb, NDArray logScale) {
    NDArray i = imageEmb.div(imageEmb.norm(new int[] {1}, true));     // (N, D), unit rows
    NDArray t = textEmb.div(textEmb.norm(new int[] {1}, true));       // (M, D), unit rows
    NDArray scale = logScale.minimum((float) Math.log(100)).exp();    // e^t, at most 100
    return i.matMul(t.transpose()).mul(scale);                        // (N, M)
}

// @step loss
NDArray clipLoss(NDArray logits) {
    long n = logits.getShape().get(0);
    NDArray eye = logits.getManager().eye((int) n);                                // the targets: the diagonal
    NDArray images = logits.logSoftmax(1).mul(eye).sum().div(-n);                  // each row: which caption?
    NDArray texts = logits.logSoftmax(0).mul(eye).sum().div(-n);                   // each column: which image?
    return images.add(texts).div(2);
}

// @step zero-shot
int[] zeroShot(NDArray imageEmb, NDArray promptEmb, int k) {
    long d = promptEmb.getShape().get(1);
    NDArray t = promptEmb.div(promptEmb.norm(new int[] {1}, true));              // (C·k, D), unit rows
    NDArray c = t.reshape(-1, k, d).mean(new int[] {1});                          // (C, D): one mean per class
    c = c.div(c.norm(new int[] {1}, true));                                       // normalised again
    NDArray i = imageEmb.div(imageEmb.norm(new int[] {1}, true));                 // (N, D)
    return i.matMul(c.transpose()).argMax(1).toType(DataType.INT32, false).toIntArray();
}
