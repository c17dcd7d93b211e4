// 18-attention: run silently when the lesson starts.
// Lesson 17's encoder-decoder, complete (vocabulary, GRU, encoder, loss, greedy decoding, Adam),
// then the plumbing of the attention model: its weights, an encoder that keeps every state,
// its loss, greedy decoding and a training loop. The attention itself is the learner's
// (scores, maskedSoftmax, attnStep).

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

// ---- lesson 17's pieces (the learner wrote them there): one GRU step, the encoder that keeps
// ---- only its final state, the teacher-forced loss and greedy decoding of the plain model.

NDArray gruStep(NDArray x, NDArray h, Gru p) {
    NDArray xh = NDArrays.concat(new NDList(x, h), 1);                          // (B, V + H)
    NDArray z = Activation.sigmoid(xh.matMul(p.wz()).add(p.bz()));              // update gate
    NDArray r = Activation.sigmoid(xh.matMul(p.wr()).add(p.br()));              // reset gate
    NDArray xrh = NDArrays.concat(new NDList(x, r.mul(h)), 1);
    NDArray hTilde = xrh.matMul(p.wh()).add(p.bh()).tanh();                     // candidate
    return z.mul(h).add(z.neg().add(1).mul(hTilde));                           // keep z of the old
}


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

// ---- The attention model (Bahdanau, Cho & Bengio 2014, simplified) ----

// Encoder GRU (V → H) as in lesson 17; decoder GRU reading [previous token, context] (V + H → H);
// the attention's W_a (H, A) for the decoder state, U_a (H, A) for the encoder states, v_a (A);
// the read-out W_y (2H, V), b_y (V), from [decoder state, context].
record Attn(Gru enc, Gru dec, NDArray wa, NDArray ua, NDArray va, NDArray wy, NDArray by) {
    NDArray[] all() {
        List<NDArray> ps = new ArrayList<>(List.of(enc.all()));
        ps.addAll(List.of(dec.all()));
        ps.addAll(List.of(wa, ua, va, wy, by));
        return ps.toArray(new NDArray[0]);
    }
}
Attn newAttn(int hidden) {
    NDManager m = manager();
    double k = 1 / Math.sqrt(hidden);
    return new Attn(newGru(V, hidden), newGru(V + hidden, hidden),
            m.randomUniform(-1f, 1f, new Shape(hidden, hidden)).mul(k),
            m.randomUniform(-1f, 1f, new Shape(hidden, hidden)).mul(k),
            m.randomUniform(-1f, 1f, new Shape(hidden)).mul(k),
            m.randomUniform(-1f, 1f, new Shape(2 * hidden, V)).mul(1 / Math.sqrt(2 * hidden)), m.zeros(new Shape(V)));
}

// The encoder of lesson 17, keeping every state: (B, S) ids → (B, S, H). On padding a row's
// state stays what it was, so the last column holds every row's final state.
NDArray encodeAll(NDArray src, Gru p) {
    int b = (int) src.getShape().get(0), steps = (int) src.getShape().get(1);
    int hidden = (int) p.bz().getShape().get(0);
    NDArray x = oneHot(src);
    NDArray real = src.neq(PAD).toType(DataType.FLOAT32, false).expandDims(1);
    NDArray h = x.getManager().zeros(new Shape(b, hidden));
    NDList states = new NDList();
    for (int t = 0; t < steps; t++) {
        NDArray m = real.get(new NDIndex(":, :, {}", t));
        NDArray hNew = gruStep(x.get(new NDIndex(":, {}, :", t)), h, p);
        h = hNew.mul(m).add(h.mul(m.neg().add(1)));
        states.add(h);
    }
    return NDArrays.stack(states, 1);
}

// The teacher-forced loss of the attention model: the decoder starts from the encoder's final
// state and calls attnStep once per target position; padding is left out of the mean.
NDArray attnLoss(NDArray src, NDArray tgt, Attn p) {
    int steps = (int) tgt.getShape().get(1) - 1;
    NDArray in = oneHot(tgt.get(new NDIndex(":, :-1")));
    NDArray gold = tgt.get(new NDIndex(":, 1:"));
    NDArray hs = encodeAll(src, p.enc());
    NDArray s = hs.get(new NDIndex(":, -1, :"));
    NDList logits = new NDList();
    for (int t = 0; t < steps; t++) {
        NDList out = attnStep(in.get(new NDIndex(":, {}, :", t)), s, hs, src, p);
        s = out.get(0);
        logits.add(out.get(1));
    }
    NDArray logp = NDArrays.stack(logits, 1).logSoftmax(2);
    NDArray picked = logp.mul(oneHot(gold)).sum(new int[] {2});
    NDArray real = gold.neq(PAD).toType(DataType.FLOAT32, false);
    return picked.mul(real).sum().div(real.sum()).neg();
}

// Greedy decoding with attention, as in lesson 17; if alphas is not null, each step's attention
// weights (B, S) are added to it (as plain Java arrays, one float[B][S] per step).
int[][] attnGreedy(NDArray src, Attn p, int maxLen, List<float[][]> alphas) {
    int b = (int) src.getShape().get(0), sLen = (int) src.getShape().get(1);
    NDArray hs = encodeAll(src, p.enc());
    NDArray s = hs.get(new NDIndex(":, -1, :"));
    NDArray token = src.getManager().full(new Shape(b), BOS, DataType.INT32);
    int[][] out = new int[b][maxLen];
    for (int t = 0; t < maxLen; t++) {
        NDList step = attnStep(oneHot(token), s, hs, src, p);
        s = step.get(0);
        token = step.get(1).argMax(1).toType(DataType.INT32, false);
        int[] ids = token.toIntArray();
        for (int i = 0; i < b; i++) out[i][t] = ids[i];
        if (alphas != null) {
            float[] a = step.get(2).toType(DataType.FLOAT32, false).toFloatArray();
            float[][] rows = new float[b][sLen];
            for (int i = 0; i < b; i++) System.arraycopy(a, i * sLen, rows[i], 0, sLen);
            alphas.add(rows);
        }
    }
    int[][] cut = new int[b][];
    for (int i = 0; i < b; i++) {
        int n = 0;
        while (n < maxLen && out[i][n] != EOS) n++;
        cut[i] = Arrays.copyOf(out[i], n);
    }
    return cut;
}

// Lesson 17's training protocol for either model: `steps` batches of 64 fresh copy pairs
// (lengths 1 to 10, batch seeded s·1,000,000 + step), Adam with learning rate 0.01, gradients
// clipped to global norm 1. `loss` is seqLoss or attnLoss bound to the model's weights.
void trainOn(NDArray[] ps, BiFunction<NDArray, NDArray, NDArray> loss, boolean reversed, long s, int steps) {
    NDArray[] m1 = new NDArray[ps.length], m2 = new NDArray[ps.length];
    for (int k = 0; k < ps.length; k++) { ps[k].setRequiresGradient(true); m1[k] = ps[k].zerosLike(); m2[k] = ps[k].zerosLike(); }
    for (int step = 1; step <= steps; step++) {
        if (stopRequested()) {
            for (NDArray q : ps) q.setRequiresGradient(false);
            throw new IllegalStateException("stopped after " + step + " steps: not trained, nothing to compare");
        }
        SequencePairs batch = SequenceTasks.copy(64, 1, 10, s * 1_000_000 + step);
        if (reversed) batch = reverseSources(batch);
        try (NDManager sub = manager().newSubManager()) {
            NDArray src = batch.sourceArray(sub), tgt = batch.targetArray(sub);
            try (var gc = Engine.getInstance().newGradientCollector()) {
                gc.backward(loss.apply(src, tgt));
            }
            adamStep(ps, m1, m2, step, 0.01, 1.0);
        }
    }
    for (NDArray q : ps) q.setRequiresGradient(false);
}
Seq2Seq trainPlain(boolean reversed, long s, int steps) {
    seed(s);
    Seq2Seq p = newSeq2Seq(64);
    trainOn(p.all(), (src, tgt) -> seqLoss(src, tgt, p), reversed, s, steps);
    return p;
}
Attn trainAttn(boolean reversed, long s, int steps) {
    seed(s);
    Attn p = newAttn(64);
    trainOn(p.all(), (src, tgt) -> attnLoss(src, tgt, p), reversed, s, steps);
    return p;
}

// Exact-match accuracy of a decoder on 200 new copy sources of each length 1..10 (test set of
// length n seeded 777 + n, as in lesson 17); index = length, index 0 unused.
double[] accuracyOf(BiFunction<NDArray, Integer, int[][]> decoder, boolean reversed) {
    double[] acc = new double[11];
    for (int len = 1; len <= 10; len++) {
        SequencePairs test = SequenceTasks.copy(200, len, len, 777 + len);
        if (reversed) test = reverseSources(test);
        try (NDManager sub = manager().newSubManager()) {
            List<String> said = new ArrayList<>();
            for (int[] ids : decoder.apply(test.sourceArray(sub), len + 2)) said.add(test.decode(ids));
            acc[len] = test.exactMatch(said);
        }
    }
    return acc;
}
double[] accuracyByLength(Seq2Seq p, boolean reversed) { return accuracyOf((src, n) -> greedy(src, p, n), reversed); }
double[] accuracyByLength(Attn p, boolean reversed) { return accuracyOf((src, n) -> attnGreedy(src, p, n, null), reversed); }
