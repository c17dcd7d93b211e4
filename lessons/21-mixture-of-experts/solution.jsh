// @step gate
NDArray noisyTopKGate(NDArray x, NDArray wg, NDArray wnoise, int k, boolean training) {
    NDArray h = x.matMul(wg);                                                   // (B, E) clean logits
    if (training) {
        NDArray std = Activation.softPlus(x.matMul(wnoise));                    // > 0 per token and expert
        h = h.add(x.getManager().randomNormal(h.getShape()).mul(std));
    }
    NDArray keep = h.topK(k, -1).get(1).oneHot((int) h.getShape().get(1)).sum(new int[] {1});   // (B, E) 0/1
    NDArray minusInf = h.onesLike().mul(Float.NEGATIVE_INFINITY);
    return NDArrays.where(keep.gt(0), h, minusInf).softmax(-1);                 // softmax over the k kept
}

// @step dispatch
NDArray moeLayer(NDArray x, NDArray gates, List<UnaryOperator<NDArray>> experts) {
    int b = (int) x.getShape().get(0), e = experts.size();
    float[] g = gates.toFloatArray();
    NDList outs = new NDList();
    List<Long> order = new ArrayList<>();                                       // which token each output row belongs to
    for (int i = 0; i < e; i++) {
        List<Long> rows = new ArrayList<>();
        for (int t = 0; t < b; t++) if (g[t * e + i] != 0) rows.add((long) t);
        if (rows.isEmpty()) continue;
        NDArray idx = x.getManager().create(rows.stream().mapToLong(Long::longValue).toArray());
        NDArray w = gates.get(idx).get(new NDIndex(":, {}:{}", i, i + 1));      // (n_i, 1)
        outs.add(experts.get(i).apply(x.get(idx)).mul(w));                      // (n_i, O): only its tokens
        order.addAll(rows);
    }
    NDArray all = NDArrays.concat(outs, 0);                                     // (Σ n_i, O)
    long[] back = new long[order.size()];                                       // rows sorted by token
    Integer[] pos = new Integer[order.size()];
    for (int j = 0; j < pos.length; j++) pos[j] = j;
    Arrays.sort(pos, Comparator.comparingLong(order::get));
    for (int j = 0; j < pos.length; j++) back[j] = pos[j];
    return all.get(x.getManager().create(back)).reshape(b, -1, all.getShape().get(1)).sum(new int[] {1});   // (B, O)
}

// @step balance
NDArray balanceLoss(NDArray gates) {
    NDArray importance = gates.sum(new int[] {0});                              // (E): summed gate per expert
    NDArray mean = importance.mean();
    return importance.sub(mean).square().mean().div(mean.square());             // CV² = variance / mean²
}
