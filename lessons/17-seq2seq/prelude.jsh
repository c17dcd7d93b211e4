// 17-seq2seq: run silently when the lesson starts.

import dltutor.data.SequencePairs;
import dltutor.data.SequenceTasks;

// The vocabulary of the copy and reverse tasks: <pad> 0, <bos> 1, <eos> 2, then the ten
// symbols a..j (ids 3..12). Every token enters a network as a one-hot vector of length V = 13.
int V = 13, PAD = 0, BOS = 1, EOS = 2;

// The weights of one GRU layer (Cho et al. 2014). Each acts on the concatenation [x, h] of the
// input (B, V) and the previous state (B, H): W_z, W_r, W_h are (V + H, H), b_z, b_r, b_h (H).
record Gru(NDArray wz, NDArray bz, NDArray wr, NDArray br, NDArray wh, NDArray bh) {
    NDArray[] all() { return new NDArray[] {wz, bz, wr, br, wh, bh}; }
}

// An encoder-decoder: two GRUs with weights of their own and the decoder's read-out W_y (H, V),
// b_y (V), which turns a decoder state into scores for the next token.
record Seq2Seq(Gru enc, Gru dec, NDArray wy, NDArray by) {
    NDArray[] all() {
        List<NDArray> ps = new ArrayList<>(List.of(enc.all()));
        ps.addAll(List.of(dec.all()));
        ps.add(wy);
        ps.add(by);
        return ps.toArray(new NDArray[0]);
    }
}

// Fresh weights, seeded by the toolkit's seed: entries U(−1, 1)/√(fan-in), biases 0.
Gru newGru(int in, int hidden) {
    NDManager m = manager();
    Shape s = new Shape(in + hidden, hidden);
    double k = 1 / Math.sqrt(in + hidden);
    return new Gru(m.randomUniform(-1f, 1f, s).mul(k), m.zeros(new Shape(hidden)),
            m.randomUniform(-1f, 1f, s).mul(k), m.zeros(new Shape(hidden)),
            m.randomUniform(-1f, 1f, s).mul(k), m.zeros(new Shape(hidden)));
}
Seq2Seq newSeq2Seq(int hidden) {
    return new Seq2Seq(newGru(V, hidden), newGru(V, hidden),
            manager().randomUniform(-1f, 1f, new Shape(hidden, V)).mul(1 / Math.sqrt(hidden)), manager().zeros(new Shape(V)));
}

// Token ids (B) or (B, T), any integer type, as one-hot float vectors (B, V) or (B, T, V).
NDArray oneHot(NDArray ids) {
    return ids.toType(DataType.INT64, false).oneHot(V).toType(DataType.FLOAT32, false);
}

// The same pairs with every source written backwards (the targets unchanged): Sutskever's trick.
SequencePairs reverseSources(SequencePairs pairs) {
    List<String> src = pairs.sources().stream().map(s -> new StringBuilder(s).reverse().toString()).toList();
    return new SequencePairs(pairs.task() + ", sources reversed", src, pairs.targets(), pairs.tokenizer());
}

// One update of the arrays ps from their gradients (as in lesson 15): clip the gradients to
// global L2 norm maxNorm, then Adam with moments m1, m2 and step count t (from 1), then zero
// the gradients. Returns the norm before clipping.
double adamStep(NDArray[] ps, NDArray[] m1, NDArray[] m2, int t, double lr, double maxNorm) {
    double b1 = 0.9, b2 = 0.999, c1 = 1 - Math.pow(b1, t), c2 = 1 - Math.pow(b2, t);
    try (NDManager sub = manager().newSubManager()) {
        NDArray[] gs = new NDArray[ps.length];
        double sq = 0;
        for (int k = 0; k < ps.length; k++) {
            gs[k] = ps[k].getGradient();
            gs[k].attach(sub);
            sq += scalar(gs[k].square().sum());
        }
        double norm = Math.sqrt(sq), scale = Math.min(1, maxNorm / norm);
        for (int k = 0; k < ps.length; k++) {
            m1[k].tempAttach(sub);
            m2[k].tempAttach(sub);
            NDArray g = gs[k].mul(scale);
            m1[k].muli(b1).addi(g.mul(1 - b1));
            m2[k].muli(b2).addi(g.square().mul(1 - b2));
            ps[k].subi(m1[k].div(c1).div(m2[k].div(c2).sqrt().add(1e-8)).mul(lr));
            gs[k].subi(gs[k]);
        }
        return norm;
    }
}
