// 20-vit: run silently when the lesson starts.
// Data, a reference pre-LN Transformer block (as written in lesson 19), the LeNet baseline written
// as plain functions of its weights, and one training loop (Adam on random mini-batches) that
// trains both models the same way. The ViT-specific pieces (patchify, embed, classify) are the
// learner's.
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.pooling.Pool;

// Fashion-MNIST: the first 10,000 training images (1,000 per class) and 2,000 test images (200 per
// class). trainSmall is the first 100 images of each class of the same set: 1,000 images.
FashionMnist fashionTrain = fashionMnist(Split.TRAIN, 10000);
FashionMnist fashionTest = fashionMnist(Split.TEST, 2000);
NDArray trainImages = fashionTrain.images(), trainLabels = fashionTrain.labels();
NDArray testImages = fashionTest.images(), testLabels = fashionTest.labels();
NDArray smallIndex;
{
    int[] labels = fashionTrain.labelArray();
    int[] seen = new int[10];
    long[] pick = new long[1000];
    int k = 0;
    for (int i = 0; i < labels.length && k < 1000; i++) {
        if (seen[labels[i]]++ < 100) pick[k++] = i;
    }
    smallIndex = manager().create(pick);
}
NDArray smallImages = trainImages.get(smallIndex), smallLabels = trainLabels.get(smallIndex);

// ---- the Transformer encoder, pre-LN, as in lesson 19's reference solution ------------------

NDArray layerNormOf(NDArray x, NDArray gamma, NDArray beta) {   // over the last axis, ε = 10⁻⁵
    NDArray mu = x.mean(new int[] {-1}, true);
    NDArray var = x.sub(mu).square().mean(new int[] {-1}, true);
    return x.sub(mu).div(var.add(1e-5).sqrt()).mul(gamma).add(beta);
}
NDArray attention(NDArray q, NDArray k, NDArray v) {            // softmax(q·kᵀ/√d_k)·v, no mask
    long dk = q.getShape().get(q.getShape().dimension() - 1);
    return q.matMul(k.swapAxes(-1, -2)).div(Math.sqrt(dk)).softmax(-1).matMul(v);
}
NDArray splitHeads(NDArray x, int heads) {                      // (B, T, D) → (B, h, T, D/h)
    long b = x.getShape().get(0), t = x.getShape().get(1), d = x.getShape().get(2);
    return x.reshape(b, t, heads, d / heads).transpose(0, 2, 1, 3);
}
NDArray mergeHeads(NDArray x) {                                 // (B, h, T, d_k) → (B, T, h·d_k)
    long b = x.getShape().get(0), h = x.getShape().get(1), t = x.getShape().get(2), dk = x.getShape().get(3);
    return x.transpose(0, 2, 1, 3).reshape(b, t, h * dk);
}
NDArray multiHead(NDArray x, NDArray wq, NDArray wk, NDArray wv, NDArray wo, int heads) {
    NDArray q = splitHeads(x.matMul(wq), heads), k = splitHeads(x.matMul(wk), heads), v = splitHeads(x.matMul(wv), heads);
    return mergeHeads(attention(q, k, v)).matMul(wo);
}
// One pre-LN block: h = x + Attn(LN₁(x)), then h + MLP(LN₂(h)).
NDArray block(NDArray x, UnaryOperator<NDArray> attn, UnaryOperator<NDArray> mlp,
        UnaryOperator<NDArray> norm1, UnaryOperator<NDArray> norm2) {
    NDArray h = x.add(attn.apply(norm1.apply(x)));
    return h.add(mlp.apply(norm2.apply(h)));
}

// ---- what the training loop needs from a model ----------------------------------------------

interface ImageModel {
    NDArray logits(NDArray images);              // (N, 1, 28, 28) → (N, 10)
    Map<String, NDArray> parameters();
    default long parameterCount() {
        return parameters().values().stream().mapToLong(a -> a.getShape().size()).sum();
    }
}

// Weights in a map, each created with requiresGradient; N(0, std²) or zeros or ones.
abstract class Weights implements ImageModel {
    final NDManager m = manager().newSubManager();
    final Map<String, NDArray> p = new LinkedHashMap<>();
    void put(String name, NDArray a) { a.setRequiresGradient(true); p.put(name, a); }
    void normal(String name, double std, long... shape) { put(name, m.randomNormal(0f, (float) std, new Shape(shape), DataType.FLOAT32)); }
    void zeros(String name, long... shape) { put(name, m.zeros(new Shape(shape))); }
    void ones(String name, long... shape) { put(name, m.ones(new Shape(shape))); }
    public Map<String, NDArray> parameters() { return p; }
}

// LeNet-5 as in lesson 02 (tanh, max-pooling), 61,706 parameters, written as functions of its weights.
class LeNet extends Weights {
    LeNet() {
        normal("c1", 1 / Math.sqrt(25), 6, 1, 5, 5);    zeros("c1.b", 6);
        normal("c3", 1 / Math.sqrt(150), 16, 6, 5, 5);  zeros("c3.b", 16);
        normal("f5", 1 / Math.sqrt(400), 400, 120);     zeros("f5.b", 120);
        normal("f6", 1 / Math.sqrt(120), 120, 84);      zeros("f6.b", 84);
        normal("out", 1 / Math.sqrt(84), 84, 10);       zeros("out.b", 10);
    }
    public NDArray logits(NDArray x) {
        Shape two = new Shape(2, 2), none = new Shape(0, 0);
        x = Conv2d.conv2d(x, p.get("c1"), p.get("c1.b"), new Shape(1, 1), two).head().tanh();   // (N, 6, 28, 28)
        x = Pool.maxPool2d(x, two, two, none, false);                                            // (N, 6, 14, 14)
        x = Conv2d.conv2d(x, p.get("c3"), p.get("c3.b")).head().tanh();                         // (N, 16, 10, 10)
        x = Pool.maxPool2d(x, two, two, none, false);                                            // (N, 16, 5, 5)
        x = x.reshape(x.getShape().get(0), 400);
        x = x.matMul(p.get("f5")).add(p.get("f5.b")).tanh();
        x = x.matMul(p.get("f6")).add(p.get("f6.b")).tanh();
        return x.matMul(p.get("out")).add(p.get("out.b"));                                       // (N, 10)
    }
}

// ---- training and testing -------------------------------------------------------------------

// Gradients to zero through PyTorch itself. (The toolkit's zeroGrad computes g − g, which leaves
// a NaN or an infinity in place forever: once one gradient entry went bad, every later step did.)
void clearGrad(NDArray w) {
    if (w.hasGradient()) ai.djl.pytorch.jni.JniUtils.zeroGrad((ai.djl.pytorch.engine.PtNDArray) w);
}

record Run(String name, int trainSize, double[] steps, double[] losses, double testAccuracy, int stepsDone, double seconds) {}

// Fraction of the 2,000 test images whose highest score is the right class.
double testAccuracy(ImageModel model) {
    long correct = 0;
    for (int from = 0; from < 2000; from += 500) {
        try (NDManager s = manager().newSubManager()) {
            NDArray x = testImages.get(new NDIndex("{}:{}", from, from + 500));
            NDArray y = testLabels.get(new NDIndex("{}:{}", from, from + 500));
            NDArray guess = model.logits(x).argMax(1).toType(DataType.INT32, false);
            correct += guess.eq(y.toType(DataType.INT32, false)).sum().getLong();
        }
    }
    return correct / 2000.0;
}

// Adam (learning rate lr) for `steps` steps of `batch` images drawn at random from (images,
// labels); Ctrl-C stops between steps. The same loop trains the CNN and the ViT.
// Now and then (lesson 19 saw it in about one run in four; we have not found the cause) a
// gradient on this CPU build comes back NaN although the loss is finite. The loop skips such a
// step (and says so at the end); if the loss itself is NaN it goes back to the copy of the
// weights it keeps every 50 steps, restarts Adam and prints a line saying so.
Run train(String name, ImageModel model, NDArray images, NDArray labels, int steps, int batch, float lr, long seed) {
    Random r = new Random(seed);
    int n = (int) images.getShape().get(0);
    var adam = Optimizer.adam().optLearningRateTracker(ai.djl.training.tracker.Tracker.fixed(lr)).build();
    Loss xent = Loss.softmaxCrossEntropyLoss();
    Map<String, NDArray> saved = new HashMap<>();
    model.parameters().forEach((key, value) -> saved.put(key, value.duplicate()));
    int savedAt = 0, recoveries = 0, skipped = 0;
    var xs = new ArrayList<Double>(); var ys = new ArrayList<Double>();
    long start = System.nanoTime();
    int step = 0;
    double smooth = Double.NaN;
    while (step < steps && !stopRequested()) {
        try (NDManager s = manager().newSubManager()) {
            long[] pick = new long[batch];
            for (int i = 0; i < batch; i++) pick[i] = r.nextInt(n);
            NDArray idx = s.create(pick);
            NDArray x = images.get(idx), y = labels.get(idx);
            float loss;
            try (var gc = Engine.getInstance().newGradientCollector()) {
                NDArray l = xent.evaluate(new NDList(y), new NDList(model.logits(x)));
                gc.backward(l);
                loss = l.getFloat();
            }
            if (!Float.isFinite(loss)) {
                if (recoveries == 3) {
                    System.out.printf("%s: the loss became NaN at step %d for the fourth time; stopping.%n", name, step + 1);
                    break;
                }
                for (var e : model.parameters().entrySet()) {
                    e.getValue().set(saved.get(e.getKey()).toFloatArray());
                    clearGrad(e.getValue());
                }
                adam = Optimizer.adam().optLearningRateTracker(ai.djl.training.tracker.Tracker.fixed(lr)).build();
                recoveries++;
                System.out.printf("%s: NaN at step %d; back to the weights of step %d, Adam restarted.%n", name, step + 1, savedAt);
                step = savedAt;
                continue;
            }
            NDArray total = s.zeros(new Shape());                 // one sum over all gradients: NaN if any is
            for (NDArray w : model.parameters().values()) total = total.add(w.getGradient().sum());
            if (!Float.isFinite(total.getFloat())) {              // skip this step, keep the weights
                for (NDArray w : model.parameters().values()) clearGrad(w);
                if (++skipped == 50) { System.out.printf("%s: 50 steps had a NaN gradient; stopping.%n", name); break; }
                continue;
            }
            for (var e : model.parameters().entrySet()) {
                adam.update(e.getKey(), e.getValue(), e.getValue().getGradient());
                clearGrad(e.getValue());
            }
            step++;
            if (step % 50 == 0 && model.parameters().values().stream().noneMatch(a -> a.isNaN().any().getBoolean())) {
                for (var e : model.parameters().entrySet()) {
                    NDArray old = saved.put(e.getKey(), e.getValue().duplicate());
                    if (old != null) old.close();
                }
                savedAt = step;
            }
            smooth = Double.isNaN(smooth) ? loss : 0.95 * smooth + 0.05 * loss;
            if (step % 20 == 0) { while (!xs.isEmpty() && xs.get(xs.size() - 1) >= step) { xs.remove(xs.size() - 1); ys.remove(ys.size() - 1); } xs.add((double) step); ys.add(smooth); }
        }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (skipped > 0) System.out.printf("%s: %d step%s skipped because a gradient came back NaN.%n", name, skipped, skipped == 1 ? " was" : "s were");
    return new Run(name, n, xs.stream().mapToDouble(Double::doubleValue).toArray(), ys.stream().mapToDouble(Double::doubleValue).toArray(),
            testAccuracy(model), step, seconds);
}

// A demo stopped with Ctrl-C ends here, before it prints conclusions from half-trained models.
Run finished(Run run, int steps) {
    if (run.stepsDone() < steps) throw new dltutor.runtime.TrainingStoppedException(run.name() + " (stopped at step " + run.stepsDone() + " of " + steps + ")");
    return run;
}
