// 16-word2vec: run silently when the lesson starts.
// The corpus as word ids, an embedding lookup, Adam for the two tables, the analogy test, the
// count-based baseline (PPMI + a truncated SVD by subspace iteration) and a 2-D PCA picture.
// The learner writes pairs, subsample, sampleNoise and sgnsLoss.
import dltutor.data.WordTokenizer;

// The State of the Union addresses as lower-case words (punctuation dropped). The vocabulary is
// every word seen at least 10 times, most frequent first; rarer words are removed from the text
// before any window is taken, as word2vec's own code does.
String[] vocab;
long[] counts;
int[] corpusIds;
Map<String, Integer> wordIndex = new HashMap<>();
{
    List<String> words = new ArrayList<>();
    for (String w : WordTokenizer.tokenize(sotu().text())) {
        if (Character.isLetter(w.charAt(0))) words.add(w);
    }
    Map<String, Integer> seen = new HashMap<>();
    for (String w : words) seen.merge(w, 1, Integer::sum);
    vocab = seen.entrySet().stream().filter(e -> e.getValue() >= 10)
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
            .map(Map.Entry::getKey).toArray(String[]::new);
    counts = new long[vocab.length];
    for (int i = 0; i < vocab.length; i++) {
        wordIndex.put(vocab[i], i);
        counts[i] = seen.get(vocab[i]);
    }
    corpusIds = words.stream().filter(wordIndex::containsKey).mapToInt(wordIndex::get).toArray();
}

int wordId(String word) {
    Integer i = wordIndex.get(word);
    if (i == null) throw new IllegalArgumentException("\"" + word + "\" is not in the vocabulary (seen fewer than 10 times)");
    return i;
}

// An embedding lookup: the rows `ids` of `table` (V, D) → (n, D). Autograd sends the gradient
// back to those rows only (as a dense (V, D) array that is zero elsewhere).
NDArray rows(NDArray table, int[] ids, NDManager m) {
    return ai.djl.nn.core.Embedding.embedding(m.create(ids), table, ai.djl.ndarray.types.SparseFormat.DENSE).head();
}

// Adam (Kingma & Ba 2014; lesson 11) on one parameter: m1, m2 are its moment estimates, step counts from 1.
// The temporaries live in an NDScope, so that a long loop does not pile up (V, D) arrays.
void adamStep(NDArray p, NDArray m1, NDArray m2, int step, double lr) {
    try (NDScope scope = new NDScope()) {
        NDArray g = p.getGradient();
        m1.muli(0.9).addi(g.mul(0.1));
        m2.muli(0.999).addi(g.square().mul(0.001));
        double c1 = 1 - Math.pow(0.9, step), c2 = 1 - Math.pow(0.999, step);
        p.subi(m1.div(c1).div(m2.div(c2).sqrt().add(1e-8)).mul(lr));
        g.subi(g);                                        // zero the gradient for the next step
    }
}

// ---- the analogy test ---------------------------------------------------------------------
// Pairs "a is to b" per category; every ordered choice of two different pairs of a category,
// (a, b) and (c, d), is one question "a : b :: c : ?" whose answer is d.
String[] analogyCategories = {"country : adjective", "singular : plural", "verb : past tense",
        "direction : adjective", "adjective : comparative", "male : female"};
String[][] analogyPairs = {
        {"france", "french", "britain", "british", "spain", "spanish", "mexico", "mexican",
         "america", "american", "germany", "german", "china", "chinese", "russia", "russian"},
        {"state", "states", "nation", "nations", "treaty", "treaties", "year", "years",
         "law", "laws", "citizen", "citizens", "power", "powers", "officer", "officers"},
        {"is", "was", "has", "had", "make", "made", "take", "took", "find", "found", "become", "became"},
        {"north", "northern", "south", "southern", "east", "eastern", "west", "western"},
        {"great", "greater", "large", "larger", "high", "higher", "strong", "stronger"},
        {"men", "women", "he", "she", "his", "her"}};

// The questions as word ids {a, b, c, d, category}.
List<int[]> analogyQuestions() {
    List<int[]> qs = new ArrayList<>();
    for (int k = 0; k < analogyPairs.length; k++) {
        String[] p = analogyPairs[k];
        for (int i = 0; i < p.length; i += 2) {
            for (int j = 0; j < p.length; j += 2) {
                if (i != j) qs.add(new int[] {wordId(p[i]), wordId(p[i + 1]), wordId(p[j]), wordId(p[j + 1]), k});
            }
        }
    }
    return qs;
}

// Answers every question with 3CosAdd (Mikolov 2013a): the word whose unit vector is closest in
// cosine to b̂ − â + ĉ, leaving out a, b and c. Returns, per category and in total (last row),
// {questions, right at top 1, right within the top 5}.
int[][] analogyScores(NDArray table) {
    List<int[]> qs = analogyQuestions();
    int v = (int) table.getShape().get(0), n = qs.size();
    int[][] score = new int[analogyCategories.length + 1][3];
    try (NDManager m = manager().newSubManager()) {
        NDArray unit = table.duplicate();
        unit.attach(m);
        unit = unit.div(unit.norm(new int[] {1}, true).add(1e-9f));                  // (V, D) unit rows
        int[][] abc = new int[3][n];
        for (int i = 0; i < n; i++) for (int j = 0; j < 3; j++) abc[j][i] = qs.get(i)[j];
        NDArray target = unit.get(m.create(abc[1])).sub(unit.get(m.create(abc[0]))).add(unit.get(m.create(abc[2])));   // (Q, D)
        float[] sims = target.matMul(unit.transpose()).toFloatArray();             // (Q, V)
        for (int i = 0; i < n; i++) {
            int[] q = qs.get(i);
            float want = sims[i * v + q[3]];
            int better = 0;
            for (int w = 0; w < v; w++) {
                if (w != q[0] && w != q[1] && w != q[2] && w != q[3] && sims[i * v + w] > want) better++;
            }
            for (int[] row : new int[][] {score[q[4]], score[analogyCategories.length]}) {
                row[0]++;
                if (better == 0) row[1]++;
                if (better < 5) row[2]++;
            }
        }
    }
    return score;
}

void showAnalogyScores(String[] names, int[][]... scores) {
    System.out.printf("%-26s %9s", "category", "questions");
    for (String name : names) System.out.printf("  %-18s", name + " top-1/top-5");
    System.out.println();
    for (int k = 0; k <= analogyCategories.length; k++) {
        System.out.printf("%-26s %9d", k < analogyCategories.length ? analogyCategories[k] : "all", scores[0][k][0]);
        for (int[][] s : scores) {
            System.out.printf("  %5.1f %% / %5.1f %%  ", 100.0 * s[k][1] / s[k][0], 100.0 * s[k][2] / s[k][0]);
        }
        System.out.println();
    }
}

// The answer 3CosAdd gives to "a : b :: c : ?", for trying your own questions.
String analogy(NDArray table, String a, String b, String c) {
    NDArray unit = table.div(table.norm(new int[] {1}, true).add(1e-9f));
    NDArray q = unit.get(wordId(b)).sub(unit.get(wordId(a))).add(unit.get(wordId(c)));
    int[] best = dltutor.dl.Neighbours.nearest(unit, q, 1, wordId(a), wordId(b), wordId(c));
    return vocab[best[0]];
}

// The k nearest neighbours by cosine similarity of each word, one line per word.
void showNeighbours(NDArray table, int k, String... words) {
    for (String w : words) {
        int i = wordId(w);
        double[] sims = dltutor.dl.Neighbours.cosineSimilarities(table, table.get(i));
        int[] near = dltutor.dl.Neighbours.nearest(table, table.get(i), k, i);
        StringBuilder line = new StringBuilder(String.format("%-11s", w));
        for (int j : near) line.append(String.format(" %s %.2f,", vocab[j], sims[j]));
        System.out.println(line.substring(0, line.length() - 1));
    }
}

// ---- the count-based baseline -------------------------------------------------------------
// Positive pointwise mutual information of the (centre, context) pairs given:
// PPMI(w, c) = max(0, log( P(w, c) / (P(w) · P_¾(c)) )), where the context probabilities are
// smoothed with the same ¾ power word2vec puts on its noise distribution. Then the top `dim`
// singular directions by subspace iteration (random start, `iterations` rounds of multiplying by
// the matrix and re-orthonormalising); the word vectors are the rows of that (V, dim) basis.
NDArray ppmiSvd(int[][] pairs, int dim, int iterations, long s) {
    int v = vocab.length;
    float[] co = new float[v * v];
    for (int i = 0; i < pairs[0].length; i++) co[pairs[0][i] * v + pairs[1][i]]++;
    double[] row = new double[v], col = new double[v];
    double total = 0, colTotal = 0;
    for (int i = 0; i < v; i++) for (int j = 0; j < v; j++) row[i] += co[i * v + j];
    for (int j = 0; j < v; j++) { total += row[j]; col[j] = Math.pow(row[j], 0.75); colTotal += col[j]; }
    for (int i = 0; i < v; i++) {
        for (int j = 0; j < v; j++) {
            float c = co[i * v + j];
            co[i * v + j] = c == 0 ? 0f : (float) Math.max(0, Math.log((c / total) / ((row[i] / total) * (col[j] / colTotal))));
        }
    }
    seed(s);
    try (NDManager m = manager().newSubManager()) {
        NDArray ppmi = m.create(co, new Shape(v, v));
        NDArray q = orthonormalColumns(m.randomNormal(new Shape(v, dim + 10)));   // 10 extra columns help convergence
        for (int it = 0; it < iterations; it++) {
            q = orthonormalColumns(ppmi.matMul(q));
        }
        NDArray out = q.get(new NDIndex(":, :{}", dim));
        out.attach(manager());
        return out;
    }
}

// Gram–Schmidt on the columns of a (n, k) array (in double precision).
NDArray orthonormalColumns(NDArray y) {
    int n = (int) y.getShape().get(0), k = (int) y.getShape().get(1);
    double[] a = toDoubles(y);
    for (int j = 0; j < k; j++) {
        for (int i = 0; i < j; i++) {
            double d = 0;
            for (int r = 0; r < n; r++) d += a[r * k + i] * a[r * k + j];
            for (int r = 0; r < n; r++) a[r * k + j] -= d * a[r * k + i];
        }
        double norm = 0;
        for (int r = 0; r < n; r++) norm += a[r * k + j] * a[r * k + j];
        norm = Math.sqrt(norm);
        for (int r = 0; r < n; r++) a[r * k + j] /= norm;
    }
    float[] f = new float[a.length];
    for (int i = 0; i < a.length; i++) f[i] = (float) a[i];
    return y.getManager().create(f, new Shape(n, k));
}

// ---- the picture ----------------------------------------------------------------------------
// The first two principal components of the unit vectors of `words`: {xs, ys}.
double[][] pca2(NDArray table, String[] words) {
    int n = words.length, d = (int) table.getShape().get(1);
    double[][] x = new double[n][];
    for (int i = 0; i < n; i++) {
        double[] r = toDoubles(table.get(wordId(words[i])));
        double len = Math.sqrt(Arrays.stream(r).map(z -> z * z).sum());
        x[i] = Arrays.stream(r).map(z -> z / len).toArray();
    }
    for (int j = 0; j < d; j++) {
        double mu = 0;
        for (double[] r : x) mu += r[j] / n;
        for (double[] r : x) r[j] -= mu;
    }
    double[][] cov = new double[d][d];
    for (double[] r : x) for (int i = 0; i < d; i++) for (int j = 0; j < d; j++) cov[i][j] += r[i] * r[j];
    double[][] out = new double[2][n];
    Random r = new Random(1);
    for (int c = 0; c < 2; c++) {
        double[] u = new double[d];
        for (int i = 0; i < d; i++) u[i] = r.nextGaussian();
        for (int it = 0; it < 500; it++) {                     // power iteration
            double[] w = new double[d];
            for (int i = 0; i < d; i++) for (int j = 0; j < d; j++) w[i] += cov[i][j] * u[j];
            double len = Math.sqrt(Arrays.stream(w).map(z -> z * z).sum());
            for (int i = 0; i < d; i++) u[i] = w[i] / len;
        }
        double lambda = 0;
        for (int i = 0; i < d; i++) for (int j = 0; j < d; j++) lambda += u[i] * cov[i][j] * u[j];
        for (int i = 0; i < d; i++) for (int j = 0; j < d; j++) cov[i][j] -= lambda * u[i] * u[j];   // deflate
        for (int k = 0; k < n; k++) for (int i = 0; i < d; i++) out[c][k] += x[k][i] * u[i];
    }
    return out;
}

// Words written where they fall on the plane (x, y): a labelled scatter plot in text.
void showWordMap(String title, String[] words, double[] xs, double[] ys) {
    int w = Math.max(40, Math.min(90, dltutor.runtime.Display.width() - 2)), h = 22;
    char[][] grid = new char[h][w];
    for (char[] line : grid) Arrays.fill(line, ' ');
    double x0 = Arrays.stream(xs).min().getAsDouble(), x1 = Arrays.stream(xs).max().getAsDouble();
    double y0 = Arrays.stream(ys).min().getAsDouble(), y1 = Arrays.stream(ys).max().getAsDouble();
    for (int i = 0; i < words.length; i++) {
        String label = words[i];
        int col = (int) Math.round((xs[i] - x0) / (x1 - x0 + 1e-12) * (w - 1 - label.length()));
        int row = (int) Math.round((y1 - ys[i]) / (y1 - y0 + 1e-12) * (h - 1));
        for (int tries = 0; tries < 2 * h; tries++) {                    // the nearest free row
            int rr = row + (tries % 2 == 0 ? tries / 2 : -(tries + 1) / 2);
            if (rr < 0 || rr >= h) continue;
            boolean free = true;
            for (int c = Math.max(0, col - 1); c < Math.min(w, col + label.length() + 1); c++) free &= grid[rr][c] == ' ';
            if (free) {
                for (int c = 0; c < label.length(); c++) grid[rr][col + c] = label.charAt(c);
                break;
            }
        }
    }
    System.out.println(title);
    System.out.println("┌" + "─".repeat(w) + "┐");
    for (char[] line : grid) System.out.println("│" + new String(line) + "│");
    System.out.println("└" + "─".repeat(w) + "┘");
}

// ---- the training loop (shown in the lesson's step "The training loop") -------------------------
record Sgns(NDArray input, NDArray output, double[] losses, double seconds) {}

Sgns trainSgns(long s, int dim, int window, int epochs, double t) {
    seed(s);
    Random r = new Random(s);
    NDManager m = manager();
    int v = vocab.length, k = 5, batch = 8192;
    double lr = 0.02;
    NDArray in = m.randomUniform(-0.5f / dim, 0.5f / dim, new Shape(v, dim));  // v_w, centre words
    NDArray out = m.zeros(new Shape(v, dim));                          // u_w, context words
    NDArray[] moments = new NDArray[4];                                // Adam's, 2 per table
    for (int i = 0; i < 4; i++) moments[i] = m.zeros(in.getShape());
    in.setRequiresGradient(true);
    out.setRequiresGradient(true);
    List<Double> losses = new ArrayList<>();
    long started = System.nanoTime();
    int step = 0;
    for (int e = 0; e < epochs; e++) {
        int[][] p = pairs(subsample(corpusIds, counts, t, r), window);    // a fresh subsample each pass
        int n = p[0].length;
        int[] order = IntStream.range(0, n).toArray();
        for (int i = n - 1; i > 0; i--) {                                 // shuffle the pairs
            int j = r.nextInt(i + 1), tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
        for (int at = 0; at + batch <= n; at += batch) {
            if (stopRequested()) throw new dltutor.runtime.TrainingStoppedException("word2vec training");
            int[] c = new int[batch], x = new int[batch];
            for (int i = 0; i < batch; i++) {
                c[i] = p[0][order[at + i]];
                x[i] = p[1][order[at + i]];
            }
            int[] noise = sampleNoise(counts, batch * k, r);
            double rate = lr * (1 - (e + (double) at / n) / epochs);
            try (NDManager sub = m.newSubManager()) {
                try (var gc = Engine.getInstance().newGradientCollector()) {
                    NDArray neg = rows(out, noise, sub).reshape(batch, k, dim);      // (B, K, D)
                    NDArray loss = sgnsLoss(rows(in, c, sub), rows(out, x, sub), neg);
                    gc.backward(loss);
                    if (step % 5 == 0) losses.add(scalar(loss));
                }
            }
            step++;
            adamStep(in, moments[0], moments[1], step, rate);
            adamStep(out, moments[2], moments[3], step, rate);
        }
    }
    double[] curve = losses.stream().mapToDouble(Double::doubleValue).toArray();
    return new Sgns(in, out, curve, (System.nanoTime() - started) / 1e9);
}

// The model of the training step; model() trains the default one first if there is none yet
// (after a resume, or when that step was skipped).
Sgns sgns = null;
Sgns model() {
    if (sgns == null) {
        System.out.println("(training the default model first: trainSgns(1, 50, 4, 6, 1e-4), 30–45 s; Ctrl-C stops)");
        sgns = trainSgns(1, 50, 4, 6, 1e-4);
    }
    return sgns;
}
