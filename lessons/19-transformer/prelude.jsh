// 19-transformer: run silently when the lesson starts.
// The plumbing of the char-level language models: data windows, parameters, a training loop
// with Adam, the bigram and LSTM baselines. The Transformer's pieces are the learner's own
// (attention, splitHeads, mergeHeads, multiHead, positionalEncoding, block).
import ai.djl.nn.recurrent.LSTM;
import ai.djl.training.tracker.Tracker;
import dltutor.data.CharTokenizer;
import dltutor.dl.Compute;
import dltutor.dl.SequenceCrossEntropyLoss;

// The State of the Union corpus as character ids: the first 90 % trains, the last 10 % validates.
var corpus = sotu();
CharTokenizer chars = corpus.charTokenizer();
int[] corpusIds = chars.encode(corpus.text());
int[] trainIds = Arrays.copyOfRange(corpusIds, 0, corpusIds.length * 9 / 10);
int[] valIds = Arrays.copyOfRange(corpusIds, corpusIds.length * 9 / 10, corpusIds.length);

// b windows of t+1 characters at random offsets: x is the first t, y the same shifted by one.
NDList windows(int[] data, int b, int t, Random r, NDManager m) {
    int[] x = new int[b * t], y = new int[b * t];
    for (int i = 0; i < b; i++) {
        int at = r.nextInt(data.length - t - 1);
        System.arraycopy(data, at, x, i * t, t);
        System.arraycopy(data, at + 1, y, i * t, t);
    }
    return new NDList(m.create(x, new Shape(b, t)), m.create(y, new Shape(b, t)));
}

// What the training loop needs from a model: logits for a batch of ids, and its parameters.
interface CharModel {
    NDArray logits(NDArray ids);                 // (B, T) int → (B, T, V)
    Map<String, NDArray> parameters();
    int context();
    default long parameterCount() {
        return parameters().values().stream().mapToLong(a -> a.getShape().size()).sum();
    }
}

NDArray layerNormOf(NDArray x, NDArray gamma, NDArray beta) {   // over the last axis, ε = 10⁻⁵
    NDArray mu = x.mean(new int[] {-1}, true);
    NDArray var = x.sub(mu).square().mean(new int[] {-1}, true);
    return x.sub(mu).div(var.add(1e-5).sqrt()).mul(gamma).add(beta);
}

// The baseline: one LSTM layer (DJL's) between the same kind of embedding and output layer.
class CharLstm implements CharModel {
    final int vocab, context;
    final NDManager m = manager().newSubManager();
    final Map<String, NDArray> p = new LinkedHashMap<>();
    final LSTM lstm;

    CharLstm(int vocab, int context, int width, int hidden) {
        this.vocab = vocab; this.context = context;
        put("embed", m.randomNormal(0f, 0.02f, new Shape(vocab, width), DataType.FLOAT32));
        lstm = LSTM.builder().setStateSize(hidden).setNumLayers(1).optBatchFirst(true).optReturnState(false).build();
        lstm.initialize(m, DataType.FLOAT32, new Shape(1, context, width));
        for (var e : lstm.getParameters()) p.put("lstm." + e.getKey(), e.getValue().getArray());
        put("head", m.randomNormal(0f, 0.02f, new Shape(hidden, vocab), DataType.FLOAT32));
        put("head.b", m.zeros(new Shape(vocab)));
    }
    void put(String name, NDArray a) { a.setRequiresGradient(true); p.put(name, a); }
    public NDArray logits(NDArray ids) {
        NDArray x = ids.oneHot(vocab).matMul(p.get("embed"));                    // (B, T, E)
        NDArray h = lstm.forward(new ParameterStore(m, false), new NDList(x), true).head();   // (B, T, H)
        return h.matMul(p.get("head")).add(p.get("head.b"));                    // (B, T, V)
    }
    public Map<String, NDArray> parameters() { return p; }
    public int context() { return context; }
}

// One training run: its curve, its validation loss, its speed.
record LmRun(String name, double[] steps, double[] losses, double valLoss, long stepsDone, double seconds, long tokens) {
    double tokensPerSecond() { return tokens / seconds; }
}

// Mean cross-entropy (nats per character) on the same 16 fixed windows of the validation text.
double validationLoss(CharModel model) {
    Random r = new Random(12345);
    double total = 0;
    int n = 16;
    for (int i = 0; i < n; i++) {
        try (NDManager s = manager().newSubManager()) {
            NDList xy = windows(valIds, 32, model.context(), r, s);
            total += new SequenceCrossEntropyLoss().evaluate(new NDList(xy.get(1)), new NDList(model.logits(xy.get(0)))).getFloat();
        }
    }
    return total / n;
}

// The learning rate rises linearly from 0 over the first warmupSteps steps, as in the paper.
int warmupSteps = 50;

// Adam (β₂ = 0.98 as in the paper) on random windows for `steps` steps or `budgetSeconds`
// seconds, whichever ends first (0 means no limit); Ctrl-C stops between steps and keeps what
// was learned; a loss that is no longer finite stops the run.
LmRun trainLm(String name, CharModel model, int steps, double budgetSeconds, int batch, float lr, long seed) {
    Random r = new Random(seed);
    Tracker schedule = warmupSteps > 0
            ? Tracker.warmUp().setMainTracker(Tracker.fixed(lr)).optWarmUpSteps(warmupSteps).optWarmUpBeginValue(0f).build()
            : Tracker.fixed(lr);
    var adam = Optimizer.adam().optLearningRateTracker(schedule).optBeta2(0.98f).build();
    Map<String, NDArray> saved = new HashMap<>();   // a copy of the weights at step 0 and every 50 steps
    model.parameters().forEach((key, value) -> saved.put(key, value.duplicate()));
    int savedAt = 0, recoveries = 0;
    var xs = new ArrayList<Double>(); var ys = new ArrayList<Double>();
    long start = System.nanoTime(), tokens = 0;
    int step = 0;
    double smooth = Double.NaN;
    while ((steps <= 0 || step < steps) && (budgetSeconds <= 0 || (System.nanoTime() - start) / 1e9 < budgetSeconds) && !stopRequested()) {
        try (NDManager s = manager().newSubManager()) {
            NDList xy = windows(trainIds, batch, model.context(), r, s);
            float loss;
            try (var gc = Engine.getInstance().newGradientCollector()) {
                NDArray l = new SequenceCrossEntropyLoss().evaluate(new NDList(xy.get(1)), new NDList(model.logits(xy.get(0))));
                gc.backward(l);
                loss = l.getFloat();
            }
            if (!Float.isFinite(loss)) {
                // In about one run in four the loss turns NaN (see the lesson's caveat). Go back to
                // the last copy of the weights and restart Adam; give up after three times.
                if (recoveries == 3) {
                    System.out.printf("%s: the loss became %s at step %d; training diverged, stopping.%n", name, loss, step + 1);
                    break;
                }
                for (var e : model.parameters().entrySet()) {
                    e.getValue().set(saved.get(e.getKey()).toFloatArray());
                    ai.djl.pytorch.jni.JniUtils.zeroGrad((ai.djl.pytorch.engine.PtNDArray) e.getValue());
                }
                adam = Optimizer.adam().optLearningRateTracker(schedule).optBeta2(0.98f).build();
                recoveries++;
                System.out.printf("%s: the loss became %s at step %d; back to the weights of step %d, Adam restarted.%n", name, loss, step + 1, savedAt);
                continue;
            }
            for (var e : model.parameters().entrySet()) {
                adam.update(e.getKey(), e.getValue(), e.getValue().getGradient());
                zeroGrad(e.getValue());
            }
            step++;
            if (step % 50 == 0) {
                for (var e : model.parameters().entrySet()) {
                    NDArray old = saved.put(e.getKey(), e.getValue().duplicate());
                    if (old != null) old.close();
                }
                savedAt = step;
            }
            tokens += (long) batch * model.context();
            smooth = Double.isNaN(smooth) ? loss : 0.95 * smooth + 0.05 * loss;
            if (step % 10 == 0) { xs.add((double) step); ys.add(smooth); }
        }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double val = validationLoss(model);
    return new LmRun(name, xs.stream().mapToDouble(Double::doubleValue).toArray(), ys.stream().mapToDouble(Double::doubleValue).toArray(),
            val, step, seconds, tokens);
}

// Bigram baseline: P(next | this) from counts on the training text (add-one smoothing),
// scored in nats per character on the whole validation text.
double bigramValidationLoss() {
    int v = chars.size();
    double[][] counts = new double[v][v];
    for (double[] row : counts) Arrays.fill(row, 1);
    for (int i = 0; i + 1 < trainIds.length; i++) counts[trainIds[i]][trainIds[i + 1]]++;
    double[] rowSums = Arrays.stream(counts).mapToDouble(row -> Arrays.stream(row).sum()).toArray();
    double nll = 0;
    for (int i = 0; i + 1 < valIds.length; i++) nll -= Math.log(counts[valIds[i]][valIds[i + 1]] / rowSums[valIds[i]]);
    return nll / (valIds.length - 1);
}

// Text from a model: the prompt, then n characters drawn one at a time at this temperature.
String generate(CharModel model, String prompt, int n, double temperature) {
    List<Integer> out = new ArrayList<>();
    for (int id : chars.encode(prompt)) out.add(id);
    for (int i = 0; i < n; i++) {
        try (NDManager s = manager().newSubManager()) {
            int from = Math.max(0, out.size() - model.context());
            int[] ctx = out.subList(from, out.size()).stream().mapToInt(Integer::intValue).toArray();
            NDArray logits = model.logits(s.create(ctx, new Shape(1, ctx.length)));      // (1, t, V)
            NDArray last = logits.get(new NDIndex("0, -1"));                              // (V)
            out.add((int) sample(last, temperature, 0).getLong());
        }
    }
    return chars.decode(out.stream().mapToInt(Integer::intValue).toArray());
}
