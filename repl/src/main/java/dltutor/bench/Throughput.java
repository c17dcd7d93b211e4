package dltutor.bench;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.dataset.ArrayDataset;
import ai.djl.training.dataset.Batch;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import dltutor.data.Datasets;
import dltutor.data.FashionMnist;
import dltutor.data.Split;
import dltutor.dl.FitConfig;
import dltutor.dl.History;
import dltutor.dl.Training;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Training throughput (steps/s) of {@code fit} and of a hand-written DJL loop on the same model,
 * data, batch size and optimizer, in interleaved rounds so drift on a shared machine hits both.
 * The hand loop reads the loss every step, as any loop that reports progress must.
 */
public final class Throughput {
    private Throughput() {}

    /** Prints one JSON line per model: ours = fit steps/s, peer = hand loop steps/s. */
    public static void run(boolean quick) throws Exception {
        int n = quick ? 4096 : 6144;
        int rounds = quick ? 5 : 9;
        FashionMnist data = Datasets.fashionMnist(Split.TRAIN, n);
        measure("fit vs hand loop: MLP 784-128-10, batch 64", Models::mlp, data, 64, rounds);
        measure("fit vs hand loop: LeNet-5, batch 64", Models::lenet, data, 64, rounds);
    }

    private static void measure(String name, Supplier<SequentialBlock> model, FashionMnist data, int batch, int rounds)
            throws Exception {
        double[] ours = new double[rounds];
        double[] peer = new double[rounds];
        for (int r = -1; r < rounds; r++) { // round -1 warms up
            double a;
            double b;
            if (r % 2 == 0) {
                a = fit(model.get(), data, batch);
                b = hand(model.get(), data, batch);
            } else {
                b = hand(model.get(), data, batch);
                a = fit(model.get(), data, batch);
            }
            if (r >= 0) {
                ours[r] = a;
                peer[r] = b;
            }
        }
        double[] ratios = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            ratios[i] = peer[i] / ours[i];
        }
        double fitRate = Stats.median(ours);
        double handRate = Stats.median(peer);
        Stats.emit(name, fitRate, handRate, 1 / Stats.median(ratios), "steps/s", String.format(java.util.Locale.ROOT,
                "median of %d interleaved rounds of one epoch over %d images; fit overhead %+.1f%% (median of per-round ratios %s)",
                rounds, data.size(), 100 * (Stats.median(ratios) - 1), Arrays.toString(round(ratios))));
    }

    private static double[] round(double[] xs) {
        double[] out = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            out[i] = Math.round(xs[i] * 1000) / 1000.0;
        }
        return out;
    }

    private static double fit(SequentialBlock block, FashionMnist data, int batch) {
        FitConfig config = FitConfig.builder().setLoss(Loss.softmaxCrossEntropyLoss()).optEpochs(1)
                .optBatchSize(batch).optAdam(1e-3f).optQuiet(true).build();
        History h = Training.fit(block, data.images(), data.labels(), config);
        return h.stepsPerSecond();
    }

    private static double hand(SequentialBlock block, FashionMnist data, int batch) throws Exception {
        Loss loss = Loss.softmaxCrossEntropyLoss();
        ArrayDataset dataset = new ArrayDataset.Builder().setData(data.images()).optLabels(data.labels())
                .setSampling(batch, true).build();
        long steps = 0;
        float sink = 0;
        long t0 = System.nanoTime();
        try (Model model = Model.newInstance("hand")) {
            model.setBlock(block);
            DefaultTrainingConfig config = new DefaultTrainingConfig(loss)
                    .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(1e-3f)).build());
            try (Trainer trainer = model.newTrainer(config)) {
                trainer.initialize(new Shape(batch, 1, 28, 28));
                for (Batch b : trainer.iterateDataset(dataset)) {
                    try (GradientCollector gc = trainer.newGradientCollector()) {
                        NDList out = trainer.forward(b.getData());
                        NDArray l = loss.evaluate(b.getLabels(), out);
                        gc.backward(l);
                        sink += l.toFloatArray()[0];
                    }
                    trainer.step();
                    b.close();
                    steps++;
                }
            }
        }
        double rate = steps / ((System.nanoTime() - t0) / 1e9);
        return Float.isNaN(sink) ? -rate : rate;
    }
}
