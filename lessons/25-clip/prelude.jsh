// 25-clip: run silently when the lesson starts.
// Captioned Fashion-MNIST (templates × synonyms), a word tokenizer, the two encoders (an MLP for
// images, a bag-of-words encoder for text) and one training loop (Adam on random batches of
// image–caption pairs). The CLIP-specific pieces (the similarity matrix with its learned
// temperature, the symmetric loss, the zero-shot classifier) are the learner's.

// Fashion-MNIST: the first 10,000 training images (1,000 per class) and 2,000 test images.
FashionMnist fashionTrain = fashionMnist(Split.TRAIN, 10000);
FashionMnist fashionTest = fashionMnist(Split.TEST, 2000);
NDArray trainImages = fashionTrain.images(), trainLabels = fashionTrain.labels();
NDArray testImages = fashionTest.images(), testLabels = fashionTest.labels();
int[] trainLabelArray = fashionTrain.labelArray(), testLabelArray = fashionTest.labelArray();

// ---- captions -------------------------------------------------------------------------------

// Three names per class; the first is the one the zero-shot prompts use.
String[][] classWords = {
    {"t-shirt", "tee", "top"},
    {"trousers", "pants", "trouser"},
    {"pullover", "sweater", "jumper"},
    {"dress", "gown", "frock"},
    {"coat", "jacket", "overcoat"},
    {"sandal", "sandals", "flip-flop"},
    {"shirt", "blouse", "collared shirt"},
    {"sneaker", "trainer", "running shoe"},
    {"bag", "handbag", "purse"},
    {"ankle boot", "boot", "bootee"},
};
// Captions in training are made from these six templates ...
String[] trainTemplates = {
    "a photo of a %s", "a picture of a %s", "an image of the %s",
    "a %s", "a product photo of a %s", "this is a %s, on a plain background",
};
// ... and these four are kept for testing only: their phrasing was never seen in training
// (their new words are <unk> to the tokenizer).
String[] heldOutTemplates = {
    "a black and white photo of the %s", "a low resolution picture of a %s",
    "my favourite %s", "for sale: a %s",
};
// A caption: the template with the word filled in, "a" made "an" before a vowel, and "a pair of"
// before the plural names.
Set<String> plurals = Set.of("trousers", "pants", "sandals");
String caption(String template, String word) {
    if (template.contains("a %s") && plurals.contains(word)) template = template.replace("a %s", "a pair of %s");
    else if (template.contains("a %s") && word.matches("[aeiou].*")) template = template.replace("a %s", "an %s");
    return String.format(template, word);
}
// Every training caption: class c has 6 × 3 = 18 of them.
List<List<String>> trainCaptions = new ArrayList<>();
for (String[] words : classWords) {
    List<String> list = new ArrayList<>();
    for (String t : trainTemplates) for (String w : words) list.add(caption(t, w));
    trainCaptions.add(list);
}
WordTokenizer tokenizer = wordTokenizer(trainCaptions.stream().flatMap(List::stream).collect(Collectors.joining(" . ")), 1);

// Bag of words: row i holds, for each vocabulary id, its count in caption i divided by the
// caption's length, so that bagOfWords(captions)·E is the mean of the captions' word embeddings.
NDArray bagOfWords(List<String> captions) {
    int v = tokenizer.size();
    float[] counts = new float[captions.size() * v];
    for (int i = 0; i < captions.size(); i++) {
        int[] ids = tokenizer.encode(captions.get(i));
        for (int id : ids) counts[i * v + id] += 1f / ids.length;
    }
    return manager().create(counts, new Shape(captions.size(), v));
}
NDArray trainCaptionBags;           // (180, V): class c's captions are rows 18c … 18c + 17
{
    List<String> all = new ArrayList<>();
    trainCaptions.forEach(all::addAll);
    trainCaptionBags = bagOfWords(all);
}

// ---- the two encoders -----------------------------------------------------------------------

// Image encoder: 784 → 256 (ReLU) → 256 (ReLU): the image features; a linear map projects them
// into the shared space of width 64. Text encoder: the mean of 64-wide word embeddings, then a
// linear map into the same space. logScale is t, the learned log of the inverse temperature.
class Clip {
    final NDManager m = manager().newSubManager();
    final Map<String, NDArray> p = new LinkedHashMap<>();
    final int width;
    void put(String name, NDArray a) { a.setRequiresGradient(true); p.put(name, a); }
    void normal(String name, double std, long... shape) { put(name, m.randomNormal(0f, (float) std, new Shape(shape), DataType.FLOAT32)); }
    void zeros(String name, long... shape) { put(name, m.zeros(new Shape(shape))); }
    Clip(int hidden, int width) {
        this.width = width;
        normal("img.w1", Math.sqrt(2.0 / 784), 784, hidden);        zeros("img.b1", hidden);
        normal("img.w2", Math.sqrt(2.0 / hidden), hidden, hidden);  zeros("img.b2", hidden);
        normal("img.proj", 1 / Math.sqrt(hidden), hidden, width);
        normal("txt.embed", 1, tokenizer.size(), 64);
        normal("txt.proj", 1 / Math.sqrt(64), 64, width);
        put("logScale", m.create((float) Math.log(1 / 0.07)));
    }
    NDArray imageFeatures(NDArray images) {                       // (N, 1, 28, 28) → (N, hidden)
        NDArray x = images.reshape(images.getShape().get(0), 784);
        x = Activation.relu(x.matMul(p.get("img.w1")).add(p.get("img.b1")));
        return Activation.relu(x.matMul(p.get("img.w2")).add(p.get("img.b2")));
    }
    NDArray imageEmbeddings(NDArray images) { return imageFeatures(images).matMul(p.get("img.proj")); }   // (N, width)
    NDArray textEmbeddings(NDArray bags) { return bags.matMul(p.get("txt.embed")).matMul(p.get("txt.proj")); }   // (N, width)
    NDArray textEmbeddings(List<String> captions) { return textEmbeddings(bagOfWords(captions)); }
    NDArray logScale() { return p.get("logScale"); }
    long parameterCount() { return p.values().stream().mapToLong(a -> a.getShape().size()).sum(); }
}

// ---- training -------------------------------------------------------------------------------

void clearGrad(NDArray w) {
    if (w.hasGradient()) ai.djl.pytorch.jni.JniUtils.zeroGrad((ai.djl.pytorch.engine.PtNDArray) w);
}

record Run(double[] steps, double[] losses, double[] scales, int stepsDone, double seconds, double lossFloor) {}

// Adam (learning rate lr) for `steps` steps. Each step draws `batch` training images at random
// and, for each, one of the 18 training captions of its class at random: a batch of pairs
// (image i, caption i). The loss is the learner's clipLoss(similarity(…)). Ctrl-C stops between
// steps. lossFloor: the mean over steps of the lowest loss a model could reach if it could tell
// classes apart perfectly but not two captions of the same class (see the lesson).
Run train(Clip model, int steps, int batch, float lr, long seed) {
    Random r = new Random(seed);
    var adam = Optimizer.adam().optLearningRateTracker(ai.djl.training.tracker.Tracker.fixed(lr)).build();
    var xs = new ArrayList<Double>(); var ys = new ArrayList<Double>(); var ts = new ArrayList<Double>();
    long start = System.nanoTime();
    int step = 0;
    double smooth = Double.NaN, floor = 0;
    while (step < steps && !stopRequested()) {
        try (NDManager s = manager().newSubManager()) {
            long[] pick = new long[batch], cap = new long[batch];
            int[] perClass = new int[10];
            for (int i = 0; i < batch; i++) {
                pick[i] = r.nextInt(10000);
                int c = trainLabelArray[(int) pick[i]];
                cap[i] = 18L * c + r.nextInt(18);
                perClass[c]++;
            }
            for (int c = 0; c < 10; c++) if (perClass[c] > 0) floor += perClass[c] * Math.log(perClass[c]) / batch;
            NDArray x = trainImages.get(s.create(pick)), bags = trainCaptionBags.get(s.create(cap));
            float loss;
            try (var gc = Engine.getInstance().newGradientCollector()) {
                NDArray l = clipLoss(similarity(model.imageEmbeddings(x), model.textEmbeddings(bags), model.logScale()));
                gc.backward(l);
                loss = l.getFloat();
            }
            for (var e : model.p.entrySet()) {
                adam.update(e.getKey(), e.getValue(), e.getValue().getGradient());
                clearGrad(e.getValue());
            }
            step++;
            smooth = Double.isNaN(smooth) ? loss : 0.95 * smooth + 0.05 * loss;
            if (step % 10 == 0) { xs.add((double) step); ys.add(smooth); ts.add(Math.exp(model.logScale().getFloat())); }
        }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Run(xs.stream().mapToDouble(Double::doubleValue).toArray(), ys.stream().mapToDouble(Double::doubleValue).toArray(),
            ts.stream().mapToDouble(Double::doubleValue).toArray(), step, seconds, floor / Math.max(1, step));
}

// A demo stopped with Ctrl-C ends here, before it prints conclusions from a half-trained model.
Run finished(Run run, int steps) {
    if (run.stepsDone() < steps) throw new dltutor.runtime.TrainingStoppedException("CLIP training (stopped at step " + run.stepsDone() + " of " + steps + ")");
    return run;
}

// Prompts for zero-shot classification: for each class in label order, one caption per template
// made with the class's first name (K = templates.length prompts per class, class by class).
List<String> prompts(String[] templates) {
    List<String> out = new ArrayList<>();
    for (String[] words : classWords) for (String t : templates) out.add(caption(t, words[0]));
    return out;
}

// Fraction of the 2,000 test images whose predicted class is right.
double accuracy(int[] predicted) {
    int right = 0;
    for (int i = 0; i < predicted.length; i++) if (predicted[i] == testLabelArray[i]) right++;
    return right / (double) predicted.length;
}

// Linear probe: logistic regression on frozen image features (10,000 training rows, standardised
// with the training mean and deviation), 100 full-batch Adam steps at learning rate 0.03; returns
// the test accuracy. The features carry no gradient back into the encoder.
double linearProbe(NDArray trainFeatures, NDArray testFeatures) {
    try (NDManager s = manager().newSubManager()) {
        NDArray mu = trainFeatures.mean(new int[] {0}, true);
        NDArray sd = trainFeatures.sub(mu).square().mean(new int[] {0}, true).sqrt().add(1e-5f);
        NDArray a = trainFeatures.sub(mu).div(sd), b = testFeatures.sub(mu).div(sd);
        a.tempAttach(s); b.tempAttach(s);
        long h = trainFeatures.getShape().get(1);
        NDArray w = s.zeros(new Shape(h, 10)), bias = s.zeros(new Shape(10));
        w.setRequiresGradient(true);
        bias.setRequiresGradient(true);
        var adam = Optimizer.adam().optLearningRateTracker(ai.djl.training.tracker.Tracker.fixed(0.03f)).build();
        Loss xent = Loss.softmaxCrossEntropyLoss();
        for (int step = 0; step < 100; step++) {
            try (var gc = Engine.getInstance().newGradientCollector()) {
                gc.backward(xent.evaluate(new NDList(trainLabels), new NDList(a.matMul(w).add(bias))));
            }
            adam.update("w", w, w.getGradient());
            adam.update("b", bias, bias.getGradient());
            clearGrad(w);
            clearGrad(bias);
        }
        return accuracy(b.matMul(w).add(bias).argMax(1).toType(DataType.INT32, false).toIntArray());
    }
}
