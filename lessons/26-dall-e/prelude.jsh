// 26-dall-e: run silently when the lesson starts (a few seconds).
// Fashion-MNIST at 14×14, captions made from the labels, a small CLIP-style text encoder trained
// contrastively here (lesson 25 builds one in full), a CNN judge that the lesson uses to measure
// which class a generated image shows, the noise schedule and the conditional denoiser (an MLP
// whose weights the demo trains). The classifier-free-guidance pieces are the learner's.
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.pooling.Pool;

// ---- data: 12,000 training and 2,000 test images, 2×2-averaged to 14×14, scaled to [−1, 1] -----

NDArray shrink(NDArray images) {        // (N, 1, 28, 28) in [0, 1] → (N, 1, 14, 14) in [−1, 1]
    long n = images.getShape().get(0);
    return images.reshape(n, 1, 14, 2, 14, 2).sum(new int[] {3, 5}).div(4).mul(2).sub(1);
}
FashionMnist fashionTrain = fashionMnist(Split.TRAIN, 12000);
FashionMnist fashionTest = fashionMnist(Split.TEST, 2000);
NDArray trainX = shrink(fashionTrain.images()), testX = shrink(fashionTest.images());
NDArray trainY = fashionTrain.labels(), testY = fashionTest.labels();
int[] trainLabels = fashionTrain.labelArray(), testLabels = fashionTest.labelArray();
String[] classNames = FashionMnist.CLASS_NAMES.toArray(new String[0]);

// A picture of images in [−1, 1]: clipped and mapped to [0, 1] for the terminal and the PNG.
NDArray forDisplay(NDArray x) { return x.clip(-1, 1).add(1).div(2); }

// ---- captions: templates × synonyms ---------------------------------------------------------

String[][] synonyms = {
    {"t-shirt", "tee", "top"}, {"trouser", "pants", "jeans"}, {"pullover", "sweater", "jumper"},
    {"dress", "gown", "frock"}, {"coat", "jacket", "parka"}, {"sandal", "flipflop", "slide"},
    {"shirt", "blouse", "buttondown"}, {"sneaker", "trainer", "runner"}, {"bag", "handbag", "purse"},
    {"boot", "bootie", "ankleboot"}};
String[] trainTemplates = {"a %s", "a photo of a %s", "a picture of the %s", "my %s", "this is a %s", "a small %s"};
// Never used in training: new combinations of words the encoder has seen.
String[] heldOutTemplates = {"a picture of my %s", "this is the small %s"};
List<String> vocabulary = new ArrayList<>();
{
    var words = new TreeSet<String>();
    for (String[] s : synonyms) words.addAll(Arrays.asList(s));
    for (String t : trainTemplates) words.addAll(Arrays.asList(t.replace("%s", "").trim().split(" +")));
    for (String t : heldOutTemplates) words.addAll(Arrays.asList(t.replace("%s", "").trim().split(" +")));
    vocabulary.addAll(words);
}
// Every training caption, and its class.
List<String> captions = new ArrayList<>();
List<Integer> captionClass = new ArrayList<>();
for (int c = 0; c < 10; c++) for (String t : trainTemplates) for (String s : synonyms[c]) { captions.add(String.format(t, s)); captionClass.add(c); }

// ---- a small CLIP-style text encoder: mean of word vectors, a linear map, unit length ------------

final int EMBED = 32;
Map<String, NDArray> clip = new LinkedHashMap<>();
NDArray bagOfWords(String... texts) {       // (N, V): each row the word counts divided by the length
    float[] b = new float[texts.length * vocabulary.size()];
    for (int i = 0; i < texts.length; i++) {
        String[] ws = texts[i].toLowerCase().trim().split(" +");
        for (String w : ws) {
            int k = vocabulary.indexOf(w);
            if (k < 0) throw new IllegalArgumentException("the text encoder does not know the word \"" + w + "\"; its words: " + vocabulary);
            b[i * vocabulary.size() + k] += 1f / ws.length;
        }
    }
    return manager().create(b, new Shape(texts.length, vocabulary.size()));
}
NDArray unit(NDArray v) { return v.div(v.square().sum(new int[] {1}, true).add(1e-8).sqrt()); }
// The text embedding of each prompt: (N, 32), unit length.
NDArray encodeText(String... texts) {
    return unit(bagOfWords(texts).matMul(clip.get("words")).matMul(clip.get("text.w")));
}
NDArray encodeImages(NDArray x) {           // the image tower, used only to train the text encoder
    NDArray h = Activation.relu(x.reshape(x.getShape().get(0), 196).matMul(clip.get("img.w1")).add(clip.get("img.b1")));
    return unit(h.matMul(clip.get("img.w2")));
}
// Clears a gradient through PyTorch (g − g would keep a NaN).
void clearGrad(NDArray w) {
    if (w.hasGradient()) ai.djl.pytorch.jni.JniUtils.zeroGrad((ai.djl.pytorch.engine.PtNDArray) w);
}
{
    seed(26);
    NDManager m = manager();
    clip.put("words", m.randomNormal(0f, 0.3f, new Shape(vocabulary.size(), EMBED), DataType.FLOAT32));
    clip.put("text.w", m.randomNormal(0f, (float) (1 / Math.sqrt(EMBED)), new Shape(EMBED, EMBED), DataType.FLOAT32));
    clip.put("img.w1", m.randomNormal(0f, (float) (1 / Math.sqrt(196)), new Shape(196, 128), DataType.FLOAT32));
    clip.put("img.b1", m.zeros(new Shape(128)));
    clip.put("img.w2", m.randomNormal(0f, (float) (1 / Math.sqrt(128)), new Shape(128, EMBED), DataType.FLOAT32));
    clip.put("logScale", m.create(new float[] {(float) Math.log(1 / 0.07)}));
    clip.values().forEach(a -> a.setRequiresGradient(true));
    var adam = Optimizer.adam().optLearningRateTracker(ai.djl.training.tracker.Tracker.fixed(3e-3f)).build();
    Random r = new Random(26);
    int[][] byClass = new int[10][];
    for (int c = 0; c < 10; c++) { final int cc = c; byClass[c] = IntStream.range(0, captions.size()).filter(i -> captionClass.get(i) == cc).toArray(); }
    for (int step = 0; step < 300; step++) {
        try (NDManager s = manager().newSubManager()) {
            int batch = 64;
            long[] pick = new long[batch];
            String[] texts = new String[batch];
            for (int i = 0; i < batch; i++) {
                pick[i] = r.nextInt((int) trainX.getShape().get(0));
                int[] options = byClass[trainLabels[(int) pick[i]]];
                texts[i] = captions.get(options[r.nextInt(options.length)]);
            }
            NDArray x = trainX.get(s.create(pick));
            NDArray eye = s.eye(batch);
            try (var gc = Engine.getInstance().newGradientCollector()) {
                NDArray logits = encodeImages(x).matMul(encodeText(texts).transpose()).mul(clip.get("logScale").exp());
                NDArray loss = logits.logSoftmax(1).mul(eye).sum().add(logits.logSoftmax(0).mul(eye).sum()).div(-2.0 * batch);
                gc.backward(loss);
            }
            for (var e : clip.entrySet()) { adam.update("clip." + e.getKey(), e.getValue(), e.getValue().getGradient()); clearGrad(e.getValue()); }
        }
    }
    clip.values().forEach(a -> a.setRequiresGradient(false));
}
NDArray captionEmbeddings = encodeText(captions.toArray(new String[0]));   // (600, 32)

// ---- the judge: a small CNN trained on the real 14×14 images ------------------------------------

Block judge = new SequentialBlock().
        add(Conv2d.builder().setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1)).setFilters(16).build()).
        add(Activation.reluBlock()).
        add(Pool.maxPool2dBlock(new Shape(2, 2))).
        add(Conv2d.builder().setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1)).setFilters(32).build()).
        add(Activation.reluBlock()).
        add(Pool.maxPool2dBlock(new Shape(2, 2))).
        add(Blocks.batchFlattenBlock()).
        add(Linear.builder().setUnits(10).build());
seed(26);
History judgeRun = fit(judge, trainX, trainY, fitConfig(Loss.softmaxCrossEntropyLoss()).optEpochs(2).optBatchSize(64).
        optAdam(2e-3f).optChart(false).optQuiet(true).optName("judge").build());
double judgeAccuracy = accuracy(judge, testX, testY);

// ---- the forward process: T = 50 steps, β linear from 0.001 to 0.35 -------------------------

final int T = 50;
double[] beta = new double[T], alpha = new double[T], alphaBar = new double[T], sigma = new double[T];
for (int t = 0; t < T; t++) {
    beta[t] = 0.001 + (0.35 - 0.001) * t / (T - 1);
    alpha[t] = 1 - beta[t];
    alphaBar[t] = alpha[t] * (t == 0 ? 1 : alphaBar[t - 1]);
    // the sampler's noise: σ_t² = β̃_t = β_t·(1 − ᾱ_{t−1})/(1 − ᾱ_t), the posterior variance (σ_0 = 0)
    sigma[t] = t == 0 ? 0 : Math.sqrt(beta[t] * (1 - alphaBar[t - 1]) / (1 - alphaBar[t]));
}
NDArray sqrtAlphaBar, sqrtOneMinusAlphaBar;
{
    float[] a = new float[T], b = new float[T];
    for (int t = 0; t < T; t++) { a[t] = (float) Math.sqrt(alphaBar[t]); b[t] = (float) Math.sqrt(1 - alphaBar[t]); }
    sqrtAlphaBar = manager().create(a);
    sqrtOneMinusAlphaBar = manager().create(b);
}
// Sinusoidal step embedding, one row per t: (T, 32).
NDArray stepEmbedding;
{
    float[] e = new float[T * 32];
    for (int t = 0; t < T; t++) for (int i = 0; i < 16; i++) {
        double f = Math.pow(1000, -i / 16.0);
        e[t * 32 + i] = (float) Math.sin(t * f);
        e[t * 32 + 16 + i] = (float) Math.cos(t * f);
    }
    stepEmbedding = manager().create(e, new Shape(T, 32));
}

// ---- the denoiser: ε_θ(x_t, t, c), an MLP; c is a text embedding or the learned null ∅ ---------

class Denoiser {
    final NDManager m = manager().newSubManager();
    final Map<String, NDArray> p = new LinkedHashMap<>();
    final int hidden;
    void normal(String name, double std, long... shape) { NDArray a = m.randomNormal(0f, (float) std, new Shape(shape), DataType.FLOAT32); a.setRequiresGradient(true); p.put(name, a); }
    void zeros(String name, long... shape) { NDArray a = m.zeros(new Shape(shape)); a.setRequiresGradient(true); p.put(name, a); }
    Denoiser(int hidden) {
        this.hidden = hidden;
        normal("null", 1 / Math.sqrt(EMBED), EMBED);                 // ∅: the embedding of "no caption"
        normal("in", 1 / Math.sqrt(196), 196, hidden);
        for (int l = 1; l <= 2; l++) {
            normal("cond" + l, 1 / Math.sqrt(64), 64, hidden);       // [step embedding, c] → a shift per layer
            zeros("b" + l, hidden);
        }
        normal("mid", 1 / Math.sqrt(hidden), hidden, hidden);
        normal("out", 0.1 / Math.sqrt(hidden), hidden, 196);
        zeros("out.b", 196);
    }
    // The learned null embedding ∅, repeated for each row of c: (N, 32), on c's manager.
    NDArray nullEmbedding(NDArray c) { return c.getManager().zeros(new Shape(c.getShape().get(0), EMBED)).add(p.get("null")); }
    // ε_θ(x, t, c) for x (N, 1, 14, 14), t (N) step indices as an int array, c (N, 32).
    NDArray eps(NDArray x, NDArray t, NDArray c) {
        long n = x.getShape().get(0);
        NDArray te = stepEmbedding.get(t);
        te.attach(x.getManager());                                                   // freed with x's scope
        NDArray tc = NDArrays.concat(new NDList(te, c), 1);                          // (N, 64)
        NDArray h = Activation.gelu(x.reshape(n, 196).matMul(p.get("in")).add(tc.matMul(p.get("cond1"))).add(p.get("b1")));
        h = h.add(Activation.gelu(h.matMul(p.get("mid")).add(tc.matMul(p.get("cond2"))).add(p.get("b2"))));
        return h.matMul(p.get("out")).add(p.get("out.b")).reshape(n, 1, 14, 14);
    }
    // The same with one step t for the whole batch.
    NDArray eps(NDArray x, int t, NDArray c) {
        long n = x.getShape().get(0);
        return eps(x, x.getManager().full(new Shape(n), t, DataType.INT32), c);
    }
    long parameterCount() { return p.values().stream().mapToLong(a -> a.getShape().size()).sum(); }
}

// One caption embedding per label, drawn at random among the training captions of its class.
NDArray randomCaptions(int[] labels, Random r, NDManager s) {
    long[] pick = new long[labels.length];
    for (int i = 0; i < labels.length; i++) {
        int k;
        do { k = r.nextInt(captions.size()); } while (captionClass.get(k) != labels[i]);
        pick[i] = k;
    }
    NDArray c = captionEmbeddings.get(s.create(pick));
    c.attach(s);
    return c;
}

// One ancestral step of DDPM (lesson 24) from x_t with a given noise prediction epsHat, written
// through the predicted clean image x̂₀ clipped to [−1, 1], as in DDPM's released code; z is the
// fresh noise. At t = 0 it returns x̂₀.
NDArray posteriorStep(NDArray x, int t, NDArray epsHat, NDArray z) {
    NDArray x0 = x.sub(epsHat.mul(Math.sqrt(1 - alphaBar[t]))).div(Math.sqrt(alphaBar[t])).clip(-1, 1);
    if (t == 0) return x0;
    double a1 = alphaBar[t - 1];
    NDArray mean = x0.mul(Math.sqrt(a1) * beta[t] / (1 - alphaBar[t])).add(x.mul(Math.sqrt(alpha[t]) * (1 - a1) / (1 - alphaBar[t])));
    return mean.add(z.mul(sigma[t]));
}
