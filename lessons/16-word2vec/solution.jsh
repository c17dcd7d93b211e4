// Reference solutions for 16-word2vec, one per exercise, replayed by `scripts/tutor --check`.

// @step pairs
int[][] pairs(int[] ids, int window) {
    int[] centres = new int[2 * window * ids.length], contexts = new int[2 * window * ids.length];
    int n = 0;
    for (int i = 0; i < ids.length; i++) {
        for (int j = Math.max(0, i - window); j <= Math.min(ids.length - 1, i + window); j++) {
            if (j == i) continue;                          // the centre is not its own context
            centres[n] = ids[i];
            contexts[n] = ids[j];
            n++;
        }
    }
    return new int[][] {Arrays.copyOf(centres, n), Arrays.copyOf(contexts, n)};
}

// @step subsample
int[] subsample(int[] ids, long[] counts, double t, Random r) {
    long total = 0;
    for (long c : counts) total += c;
    int[] kept = new int[ids.length];
    int n = 0;
    for (int w : ids) {
        double f = (double) counts[w] / total;             // the word's frequency
        if (r.nextDouble() < Math.sqrt(t / f)) kept[n++] = w;   // keep with probability min(1, √(t/f))
    }
    return Arrays.copyOf(kept, n);
}

// @step noise
int[] sampleNoise(long[] counts, int n, Random r) {
    double[] cumulative = new double[counts.length];
    double sum = 0;
    for (int i = 0; i < counts.length; i++) {
        sum += Math.pow(counts[i], 0.75);                  // unigram^¾
        cumulative[i] = sum;
    }
    int[] out = new int[n];
    for (int k = 0; k < n; k++) {
        double u = r.nextDouble() * sum;                   // in [0, sum)
        int i = Arrays.binarySearch(cumulative, u);
        i = i >= 0 ? i + 1 : -i - 1;                       // the first i with cumulative[i] > u
        out[k] = Math.min(i, counts.length - 1);
    }
    return out;
}

// @step loss
NDArray sgnsLoss(NDArray v, NDArray u, NDArray neg) {
    NDArray pos = v.mul(u).sum(new int[] {1});                       // (B): u·v
    NDArray negScores = neg.matMul(v.expandDims(2)).squeeze(2);      // (B, K): n_k·v
    NDArray perPair = Activation.softPlus(pos.neg())                 // −log σ(x) = softplus(−x)
            .add(Activation.softPlus(negScores).sum(new int[] {1})); // −log σ(−x) = softplus(x)
    return perPair.mean();
}
