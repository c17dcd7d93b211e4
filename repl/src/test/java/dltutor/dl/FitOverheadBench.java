package dltutor.dl;
import dltutor.runtime.DjlRuntime;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures {@code fit} against a hand-written DJL loop on the same MLP and data (the design's
 * "no more than 5% over a hand-written loop" target). It takes about half a minute, so it runs
 * only when asked: {@code mvn -o test -Dtest=FitOverheadBench -Ddltutor.bench=true}.
 */
class FitOverheadBench {

    @BeforeAll
    static void engine() {
        // One intra-op thread: on a shared 2-core machine this halves the noise from neighbours.
        System.setProperty("ai.djl.pytorch.num_threads", "1");
        DjlRuntime.configure();
        DjlRuntime.initThread();
    }

    @Test
    void fitVersusHandWrittenLoop() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("dltutor.bench"), "benchmark: run with -Ddltutor.bench=true");
        measure("MLP 784-128-10, batch 64", 2048, 784, 128, 10, 64, 4);
        measure("MLP 2-16-2, batch 32", 8192, 2, 16, 2, 32, 4);
    }

    private void measure(String title, int n, int in, int hidden, int classes, int batch, int epochs) throws Exception {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray x = m.randomNormal(new Shape(n, in));
            NDArray y = m.randomInteger(0, classes, new Shape(n), ai.djl.ndarray.types.DataType.FLOAT32);
            String[] names = {"hand loop", "hand loop + loss read", "fit(x, y)", "fit(Dataset)"};
            List<List<Double>> rates = new ArrayList<>();
            List<List<Double>> ratios = new ArrayList<>();   // per round: hand loop rate / variant rate
            for (int k = 0; k < 4; k++) {
                rates.add(new ArrayList<>());
                ratios.add(new ArrayList<>());
            }
            int rounds = 15;
            for (int round = 0; round <= rounds; round++) {
                double[] r = new double[4];
                for (int j = 0; j < 4; j++) {
                    int k = (j + round) % 4;   // rotate the order so no variant always runs first
                    r[k] = switch (k) {
                        case 0 -> handLoop(m, x, y, in, hidden, classes, batch, epochs, false)[0];
                        case 1 -> handLoop(m, x, y, in, hidden, classes, batch, epochs, true)[0];
                        case 2 -> fitLoop(m, x, y, hidden, classes, batch, epochs, false)[0];
                        default -> fitLoop(m, x, y, hidden, classes, batch, epochs, true)[0];
                    };
                }
                if (round > 0) {   // round 0 warms up
                    for (int k = 0; k < 4; k++) {
                        rates.get(k).add(r[k]);
                        ratios.get(k).add(r[0] / r[k]);
                    }
                }
            }
            System.out.println(title + ": steps/s over " + rounds + " interleaved rounds; overhead = median over "
                    + "rounds of (hand loop rate / variant rate) - 1");
            for (int k = 0; k < 4; k++) {
                System.out.printf(Locale.ROOT, "  %-22s median %6.0f steps/s  best %6.0f  overhead %+5.1f%%%n",
                        names[k], median(rates.get(k)), best(rates.get(k)), 100 * (median(ratios.get(k)) - 1));
            }
        }
    }

    private static double[] handLoop(NDManager m, NDArray x, NDArray y, int in, int hidden, int classes, int batch,
            int epochs, boolean readLoss) throws Exception {
        SequentialBlock net = Synthetic.mlp(hidden, classes);
        Loss loss = Loss.softmaxCrossEntropyLoss();
        ArrayDataset data = new ArrayDataset.Builder().setData(x).optLabels(y).setSampling(batch, true).build();
        long t0 = System.nanoTime();   // like fit's own clock: set-up included
        long steps = 0;
        float sink = 0;
        try (Model model = Model.newInstance("hand")) {
            model.setBlock(net);
            DefaultTrainingConfig config = new DefaultTrainingConfig(loss)
                    .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(1e-3f)).build());
            try (Trainer trainer = model.newTrainer(config)) {
                trainer.initialize(new Shape(batch, in));
                for (int e = 0; e < epochs; e++) {
                    for (Batch b : trainer.iterateDataset(data)) {
                        try (GradientCollector gc = trainer.newGradientCollector()) {
                            NDList out = trainer.forward(b.getData());
                            NDArray l = loss.evaluate(b.getLabels(), out);
                            gc.backward(l);
                            if (readLoss) {
                                sink += l.getFloat();
                            }
                        }
                        trainer.step();
                        b.close();
                        steps++;
                    }
                }
            }
        }
        if (Float.isNaN(sink)) {
            System.out.println("NaN");
        }
        return new double[] {steps / ((System.nanoTime() - t0) / 1e9), steps};
    }

    private static double[] fitLoop(NDManager m, NDArray x, NDArray y, int hidden, int classes, int batch, int epochs,
            boolean dataset) {
        SequentialBlock net = Synthetic.mlp(hidden, classes);
        FitConfig config = FitConfig.builder().setLoss(Loss.softmaxCrossEntropyLoss()).optEpochs(epochs)
                .optBatchSize(batch).optQuiet(true).optManager(m).build();
        long t0 = System.nanoTime();
        History h = dataset
                ? Training.fit(net, new ArrayDataset.Builder().setData(x).optLabels(y).setSampling(batch, true)
                        .build(), config)
                : Training.fit(net, x, y, config);
        return new double[] {h.steps() / ((System.nanoTime() - t0) / 1e9), h.steps()};
    }

    private static double best(List<Double> v) {
        return Collections.max(v);
    }

    private static double median(List<Double> v) {
        List<Double> s = new ArrayList<>(v);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }
}
