// 15-forget-gate: run silently when the lesson starts.

// The seven symbols of the Reber grammar, in the order of the one-hot vectors: id 0 is B, 6 is E.
String SYMBOLS = "BTPSXVE";

// The weights of one LSTM layer and its read-out. Each gate reads the concatenation [x, h] of
// the input (B, V) and the previous output (B, H): W_* is (V + H, H), b_* is (H); the read-out
// maps h to next-symbol scores, W_y (H, V), b_y (V). The 1997 cell ignores wf and bf.
record Lstm(NDArray wi, NDArray bi, NDArray wf, NDArray bf, NDArray wo, NDArray bo,
        NDArray wg, NDArray bg, NDArray wy, NDArray by) {
    NDArray[] all() { return new NDArray[] {wi, bi, wf, bf, wo, bo, wg, bg, wy, by}; }
}

// One step of a recurrent cell: from the input x (B, V) and the state (h, c), each (B, H),
// to the new state {h, c}. Pass a lambda: (x, h, c, p) -> forgetStep(x, h, c, p).
interface CellStep {
    NDArray[] step(NDArray x, NDArray h, NDArray c, Lstm p);
}

// The LSTM cell of Hochreiter and Schmidhuber (1997): input and output gates, an additive cell
// state, no forget gate: c_t = c_{t−1} + i ⊙ g, h_t = o ⊙ tanh(c_t).
NDArray[] lstm1997Step(NDArray x, NDArray h, NDArray c, Lstm p) {
    NDArray xh = NDArrays.concat(new NDList(x, h), 1);                 // (B, V + H)
    NDArray i = Activation.sigmoid(xh.matMul(p.wi()).add(p.bi()));      // input gate (B, H)
    NDArray o = Activation.sigmoid(xh.matMul(p.wo()).add(p.bo()));      // output gate (B, H)
    NDArray g = xh.matMul(p.wg()).add(p.bg()).tanh();                   // what to write (B, H)
    NDArray cNew = c.add(i.mul(g));                                     // the carousel: c only adds
    return new NDArray[] {o.mul(cNew.tanh()), cNew};
}

// Fresh weights, seeded by the toolkit's seed: entries U(−0.2, 0.2) scaled for the fan-in,
// input and output gate biases −1 (closed at first), forget gate bias +1 (open: remember).
Lstm newLstm(int vocabulary, int hidden) {
    NDManager m = manager();
    int in = vocabulary + hidden;
    java.util.function.Function<Shape, NDArray> w = s -> m.randomUniform(-1f, 1f, s).mul(1.0 / Math.sqrt(s.get(0)));
    return new Lstm(w.apply(new Shape(in, hidden)), m.full(new Shape(hidden), -1f),
            w.apply(new Shape(in, hidden)), m.full(new Shape(hidden), 1f),
            w.apply(new Shape(in, hidden)), m.full(new Shape(hidden), -1f),
            w.apply(new Shape(in, hidden)), m.zeros(new Shape(hidden)),
            w.apply(new Shape(hidden, vocabulary)), m.zeros(new Shape(vocabulary)));
}

// The inner Reber automaton: from state 1 to state 6, two edges out of every state.
// REBER_EDGES[state] lists them as symbol and target: "T2P3" means T goes to 2, P to 3.
String[] REBER_EDGES = {"", "T2P3", "S2X4", "T3V5", "X3S6", "P4V6", ""};
String[] REBER_NEXT = {"", "TP", "SX", "TV", "XS", "PV", "E"};   // the symbols allowed in each state
int reberEdge(int state, char symbol) {
    String e = REBER_EDGES[state];
    for (int k = 0; k < e.length(); k += 2) if (e.charAt(k) == symbol) return e.charAt(k + 1) - '0';
    return -1;
}

// The symbols the embedded Reber grammar allows after each position of a continual stream
// that starts at the beginning of a string: legalNext(s)[t] holds the symbols that may come
// at t + 1, e.g. "TP" after an outer B, and only the outer symbol after an inner string's E.
String[] legalNext(String stream) {
    String[] out = new String[stream.length()];
    int pos = 0;          // 0: outer B, 1: outer symbol, 2: inner B, 3: inside the inner string, 4: inner E, 5: closing outer symbol, 6: final E
    int state = 0;        // the inner automaton's state (1..6)
    char outer = '?';
    for (int t = 0; t < stream.length(); t++) {
        char s = stream.charAt(t);
        switch (pos) {
            case 0 -> { out[t] = "TP"; pos = 1; }
            case 1 -> { outer = s; out[t] = "B"; pos = 2; }
            case 2 -> { out[t] = "TP"; state = 1; pos = 3; }
            case 3 -> {
                int next = reberEdge(state, s);
                if (next < 0) throw new IllegalArgumentException("'" + s + "' at " + t + " is not allowed by the Reber grammar");
                state = next;
                out[t] = REBER_NEXT[state];
                if (state == 6) pos = 4;
            }
            case 4 -> { out[t] = String.valueOf(outer); pos = 5; }
            case 5 -> { out[t] = "E"; pos = 6; }
            default -> { out[t] = "B"; pos = 0; }
        }
    }
    return out;
}

// A stream as symbol ids (one per character of SYMBOLS).
int[] symbolIds(String stream) {
    int[] ids = new int[stream.length()];
    for (int t = 0; t < ids.length; t++) ids[t] = SYMBOLS.indexOf(stream.charAt(t));
    return ids;
}

// One update of the arrays ps from their gradients: first the gradients are scaled down so
// that their global L2 norm is at most maxNorm, then Adam (Kingma and Ba 2014) with moments
// m1, m2 and step count t (from 1), then the gradients are zeroed. Returns the norm before
// clipping. The temporaries live in a sub-manager, so nothing piles up over a long run.
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
            gs[k].subi(gs[k]);                       // zero the gradient for the next backward pass
        }
        return norm;
    }
}

// One continual stream of `length` symbols: embedded Reber strings from your embeddedReber,
// glued together (exercise "grammar"), with a seeded Random.
String continualStream(long seed, int length) {
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder();
    while (sb.length() < length) sb.append(embeddedReber(r));
    return sb.substring(0, length);
}

// What a network did on some streams: next-symbol probabilities (S, T, V) and the largest |c|
// among its cells after every step, cMax()[stream][t].
record StreamRun(float[] all, int steps, double[][] cMax) {
    double[] probs(int stream, int t) {
        double[] p = new double[7];
        for (int v = 0; v < 7; v++) p[v] = all[(stream * steps + t) * 7 + v];
        return p;
    }
}

// Reads the first `steps` symbols of each stream with a trained network, from a zero state,
// in windows of 200 symbols (the state carried across), without gradients.
StreamRun readStreams(CellStep cell, Lstm p, String[] texts, int steps) {
    int n = texts.length, hidden = (int) p.bi().getShape().get(0);
    float[] all = new float[n * steps * 7];
    double[][] cMax = new double[n][steps];
    NDArray h = manager().zeros(new Shape(n, hidden)), c = manager().zeros(new Shape(n, hidden));
    for (int start = 0; start < steps; start += 200) {
        int w = Math.min(200, steps - start);
        int[][] in = new int[n][w];
        for (int b = 0; b < n; b++) System.arraycopy(symbolIds(texts[b].substring(start, start + w)), 0, in[b], 0, w);
        try (NDManager sub = manager().newSubManager()) {
            NDArray xs = dltutor.data.Sequences.oneHot(in, 7, sub);
            NDList hs = new NDList(), cs = new NDList();
            for (int t = 0; t < w; t++) {
                NDArray[] s = cell.step(xs.get(new NDIndex(":, {}, :", t)), h, c, p);
                h = s[0];
                c = s[1];
                hs.add(h);
                cs.add(c);
            }
            float[] probs = NDArrays.stack(hs, 1).matMul(p.wy()).add(p.by()).softmax(2).toFloatArray();   // (n, w, 7)
            double[] big = toDoubles(NDArrays.stack(cs, 1).abs().max(new int[] {2}));                  // (n, w)
            for (int b = 0; b < n; b++) {
                System.arraycopy(probs, b * w * 7, all, (b * steps + start) * 7, w * 7);
                System.arraycopy(big, b * w, cMax[b], start, w);
            }
            h.attach(manager());
            c.attach(manager());
        }
    }
    return new StreamRun(all, steps, cMax);
}
