// 13-rnn: run silently when the lesson starts.
// Random weights for a recurrent layer: W_x (V, H), W_h (H, H) scaled so that its spectral
// radius is about `radius` (entries N(0, radius²/H)), b (H) zeros. Seeded by the toolkit's seed.
NDArray[] rnnWeights(int vocabulary, int hidden, double radius) {
    NDManager m = manager();
    return new NDArray[] {
            m.randomNormal(0f, (float) Math.sqrt(1.0 / vocabulary), new Shape(vocabulary, hidden), DataType.FLOAT32),
            m.randomNormal(0f, (float) (radius / Math.sqrt(hidden)), new Shape(hidden, hidden), DataType.FLOAT32),
            m.zeros(new Shape(hidden))};
}
