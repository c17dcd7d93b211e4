// Reference solutions for 20-vit, one per exercise, replayed by `scripts/tutor --check`.

// @step patchify
NDArray patchify(NDArray images, int p) {
    long n = images.getShape().get(0), h = images.getShape().get(2), w = images.getShape().get(3);
    return images.reshape(n, h / p, p, w / p, p)           // (N, rows, p, columns, p)
            .transpose(0, 1, 3, 2, 4)                       // (N, rows, columns, p, p)
            .reshape(n, (h / p) * (w / p), p * p);          // (N, P, p·p), patches row by row
}

// @step embed
NDArray embed(NDArray patches, NDArray w, NDArray b, NDArray cls, NDArray pos) {
    long n = patches.getShape().get(0), d = w.getShape().get(1);
    NDArray tokens = patches.matMul(w).add(b);                                   // (N, P, D)
    NDArray first = cls.reshape(1, 1, d).broadcast(new Shape(n, 1, d));          // (N, 1, D)
    return NDArrays.concat(new NDList(first, tokens), 1).add(pos);               // (N, P+1, D)
}

// @step classify
NDArray classify(NDArray tokens, NDArray gamma, NDArray beta, NDArray head, NDArray headB) {
    NDArray first = tokens.get(new NDIndex(":, 0"));                             // (N, D): the class token
    return layerNormOf(first, gamma, beta).matMul(head).add(headB);              // (N, classes)
}
