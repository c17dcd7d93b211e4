// Reference solutions for 15-forget-gate, one per exercise, replayed by `scripts/tutor --check`.

// @step grammar
String embeddedReber(Random r) {
    char outer = r.nextBoolean() ? 'T' : 'P';               // the symbol to remember
    StringBuilder s = new StringBuilder().append('B').append(outer).append('B');
    int state = 1;
    while (state != 6) {                                     // the inner Reber string
        boolean first = r.nextBoolean();                     // one draw per fork: true takes the first edge
        switch (state) {
            case 1 -> { s.append(first ? 'T' : 'P'); state = first ? 2 : 3; }
            case 2 -> { s.append(first ? 'S' : 'X'); state = first ? 2 : 4; }
            case 3 -> { s.append(first ? 'T' : 'V'); state = first ? 3 : 5; }
            case 4 -> { s.append(first ? 'X' : 'S'); state = first ? 3 : 6; }
            default -> { s.append(first ? 'P' : 'V'); state = first ? 4 : 6; }
        }
    }
    return s.append('E').append(outer).append('E').toString();
}

// @step cell
NDArray[] forgetStep(NDArray x, NDArray h, NDArray c, Lstm p) {
    NDArray xh = NDArrays.concat(new NDList(x, h), 1);                 // (B, V + H)
    NDArray i = Activation.sigmoid(xh.matMul(p.wi()).add(p.bi()));      // input gate
    NDArray f = Activation.sigmoid(xh.matMul(p.wf()).add(p.bf()));      // forget gate
    NDArray o = Activation.sigmoid(xh.matMul(p.wo()).add(p.bo()));      // output gate
    NDArray g = xh.matMul(p.wg()).add(p.bg()).tanh();                   // what to write
    NDArray cNew = f.mul(c).add(i.mul(g));                              // keep a share of the old state, add the new
    return new NDArray[] {o.mul(cNew.tanh()), cNew};
}

// @step window
NDArray[] runWindow(NDArray xs, NDArray h, NDArray c, Lstm p, CellStep cell) {
    NDList hs = new NDList(), cs = new NDList();
    for (int t = 0; t < xs.getShape().get(1); t++) {
        NDArray[] state = cell.step(xs.get(new NDIndex(":, {}, :", t)), h, c, p);
        h = state[0];
        c = state[1];
        hs.add(h);
        cs.add(c);
    }
    return new NDArray[] {NDArrays.stack(hs, 1), NDArrays.stack(cs, 1)};   // (B, T, H) each
}

// @step score
boolean predictionCorrect(double[] probs, String legal, double threshold) {
    for (int v = 0; v < SYMBOLS.length(); v++) {
        boolean above = probs[v] > threshold;                          // the network says "may come"
        boolean allowed = legal.indexOf(SYMBOLS.charAt(v)) >= 0;       // the grammar says "may come"
        if (above != allowed) return false;
    }
    return true;
}
