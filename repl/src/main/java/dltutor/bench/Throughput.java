package dltutor.bench;

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
import dltutor.data.Datasets;
import dltutor.data.FashionMnist;
import dltutor.data.Split;
import dltutor.dl.FitConfig;
import dltutor.dl.FitListener;
import dltutor.dl.History;
import dltutor.dl.Inspect;
import dltutor.dl.Training;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Training throughput in steady state: {@code fit}, a hand-written loop on DJL's {@link Trainer},
 * and a raw NDArray loop ({@link RawLoop}) train the same model on the same data, batch size and
 * optimizer, in interleaved rounds so that drift on a shared machine hits all three. Each run
 * trains {@code warm-up + timed} steps; only the timed steps count (the first steps pay for class
 * loading, the JIT and the allocator). The time to the end of the first step (set-up plus one cold
 * step) is measured the same way for all three and reported apart. Beside them, the compute floor:
 * the model's FLOPs per step ÷ this machine's best matrix-multiplication rate through the same
 * engine ({@link Floor}).
 */
public final class Throughput {
    private static final int BATCH = 64;
    private static final float LR = 1e-3f;

    private Throughput() {}

    /** Prints the JSON lines of the throughput rows. */
    public static void run(boolean quick) throws Exception {
        int n = 4096;
        int rounds = quick ? 3 : 7;
        int warmup = quick ? 50 : 100;
        int timed = 500;
        FashionMnist data = Datasets.fashionMnist(Split.TRAIN, n);
        double peak = Floor.matmulPeak(dltutor.runtime.DjlRuntime.manager(), quick);
        Stats.emit(
                "matmul peak, float32",
                peak / 1e9,
                Double.NaN,
                "GFLOP/s",
                "best of square products n = 256, 512, 1024 through DJL (the compute floor's denominator)");
        measure("MLP 784-128-10, batch 64", Models::mlp, data, rounds, warmup, timed, peak);
        measure("LeNet-5, batch 64", Models::lenet, data, rounds, warmup, timed, peak);
    }

    private static void measure(
            String model,
            Supplier<SequentialBlock> make,
            FashionMnist data,
            int rounds,
            int warmup,
            int timed,
            double peak)
            throws Exception {
        double[][] rate = new double[3][rounds]; // fit, trainer loop, raw loop
        double[][] first = new double[3][rounds];
        for (int r = -1; r < rounds; r++) { // round -1 warms the JIT up
            int[] order =
                    r % 3 == 0
                            ? new int[] {0, 1, 2}
                            : r % 3 == 1 ? new int[] {1, 2, 0} : new int[] {2, 0, 1};
            for (int which : order) {
                double[] m =
                        switch (which) {
                            case 0 -> fit(make.get(), data, warmup, timed);
                            case 1 -> trainer(make.get(), data, warmup, timed);
                            default -> raw(make.get(), data, warmup, timed);
                        };
                if (r >= 0) {
                    first[which][r] = m[0];
                    rate[which][r] = m[1];
                }
            }
        }
        double fitRate = Stats.median(rate[0]);
        String firsts =
                String.format(
                        Locale.ROOT,
                        "to the end of step 1 (set-up): fit %.2f s, trainer loop %.2f s, "
                                + "raw loop %.2f s",
                        Stats.median(first[0]),
                        Stats.median(first[1]),
                        Stats.median(first[2]));
        String how =
                String.format(
                        Locale.ROOT,
                        "median of %d interleaved rounds, %d timed steps after %d warm-up "
                                + "steps over %d images",
                        rounds,
                        timed,
                        warmup,
                        data.size());
        emitRatio("fit vs hand loop: " + model, rate[0], rate[1], how + "; " + firsts);
        emitRatio("fit vs raw NDArray loop: " + model, rate[0], rate[2], how + "; " + firsts);
        long flops = 3 * Inspect.forwardFlops(make.get(), new Shape(BATCH, 1, 28, 28));
        double floorRate = peak / flops;
        Stats.emit(
                "compute floor: " + model,
                fitRate,
                floorRate,
                fitRate / floorRate,
                "steps/s",
                String.format(
                        Locale.ROOT,
                        "fit's steady steps/s vs the floor: %s FLOPs a step (3 x forward) at %.1f GFLOP/s; "
                                + "the ratio is the fraction of the floor fit reaches",
                        megaflops(flops),
                        peak / 1e9));
    }

    private static String megaflops(long flops) {
        return String.format(Locale.ROOT, "%.2f M", flops / 1e6);
    }

    private static void emitRatio(String name, double[] ours, double[] peer, String note) {
        double[] ratios = new double[ours.length];
        for (int i = 0; i < ours.length; i++) {
            ratios[i] = ours[i] / peer[i];
        }
        Stats.emit(
                name,
                Stats.median(ours),
                Stats.median(peer),
                Stats.median(ratios),
                "steps/s",
                note + "; per-round ratios " + Arrays.toString(round(ratios)));
    }

    private static double[] round(double[] xs) {
        double[] out = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            out[i] = Math.round(xs[i] * 1000) / 1000.0;
        }
        return out;
    }

    /** {seconds to the end of step 1, steady steps/s} of the toolkit's fit. */
    private static double[] fit(SequentialBlock block, FashionMnist data, int warmup, int timed) {
        long[] at = new long[2];
        long t0 = System.nanoTime();
        double[] first = new double[1];
        FitListener clock =
                new FitListener() {
                    @Override
                    public void onStep(History history, long step, float loss) {
                        if (step == 1) {
                            first[0] = (System.nanoTime() - t0) / 1e9;
                        }
                        if (step == warmup) {
                            at[0] = System.nanoTime();
                        } else if (step == warmup + timed) {
                            at[1] = System.nanoTime();
                        }
                    }
                };
        FitConfig config =
                FitConfig.builder()
                        .setLoss(Loss.softmaxCrossEntropyLoss())
                        .optSteps(warmup + timed)
                        .optBatchSize(BATCH)
                        .optAdam(LR)
                        .optQuiet(true)
                        .optListener(clock)
                        .build();
        History h = Training.fit(block, data.images(), data.labels(), config);
        double rate = timed / ((at[1] - at[0]) / 1e9);
        return new double[] {first[0], Double.isNaN(h.finalLoss()) ? -rate : rate};
    }

    /** The same for a loop written on DJL's Trainer, as DJL's own examples do it. */
    private static double[] trainer(SequentialBlock block, FashionMnist data, int warmup, int timed)
            throws Exception {
        Loss loss = Loss.softmaxCrossEntropyLoss();
        long t0 = System.nanoTime();
        ArrayDataset dataset =
                new ArrayDataset.Builder()
                        .setData(data.images())
                        .optLabels(data.labels())
                        .setSampling(BATCH, true, true)
                        .build();
        long steps = 0;
        long started = 0;
        double first = 0;
        float sink = 0;
        try (Model model = Model.newInstance("hand")) {
            model.setBlock(block);
            DefaultTrainingConfig config =
                    new DefaultTrainingConfig(loss)
                            .optOptimizer(
                                    Optimizer.adam()
                                            .optLearningRateTracker(Tracker.fixed(LR))
                                            .build());
            try (Trainer trainer = model.newTrainer(config)) {
                trainer.initialize(new Shape(BATCH, 1, 28, 28));
                while (steps < warmup + timed) {
                    for (Batch b : trainer.iterateDataset(dataset)) {
                        if (steps == warmup) {
                            started = System.nanoTime();
                        }
                        try (GradientCollector gc = trainer.newGradientCollector()) {
                            NDList out = trainer.forward(b.getData());
                            NDArray l = loss.evaluate(b.getLabels(), out);
                            gc.backward(l);
                            sink += l.toFloatArray()[0];
                        }
                        trainer.step();
                        b.close();
                        if (++steps == 1) {
                            first = (System.nanoTime() - t0) / 1e9;
                        }
                        if (steps == warmup + timed) {
                            break;
                        }
                    }
                }
            }
        }
        double rate = timed / ((System.nanoTime() - started) / 1e9);
        return new double[] {first, Float.isNaN(sink) ? -rate : rate};
    }

    /** The same for the raw NDArray loop. */
    private static double[] raw(SequentialBlock block, FashionMnist data, int warmup, int timed) {
        try (NDManager manager = dltutor.runtime.DjlRuntime.manager().newSubManager()) {
            return RawLoop.run(
                    block, manager, data.images(), data.labels(), BATCH, LR, warmup, timed);
        }
    }
}
