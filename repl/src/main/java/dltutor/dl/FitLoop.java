package dltutor.dl;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import dltutor.render.TrainingProgress;
import dltutor.runtime.Display;
import dltutor.runtime.DjlRuntime;
import dltutor.runtime.Stop;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One training run: the loop behind {@link Training#fit}.
 *
 * <p>Per step: one manager owns the batch and everything computed from it; a {@link
 * GradientCollector} records the forward pass and the loss's backward pass; the loss is read back
 * as one float; {@code trainer.step()} updates the parameters (DJL's optimizers zero the gradients
 * they used). The stop flag is checked between steps only, since native calls cannot be
 * interrupted.
 */
final class FitLoop {

    private final Block block;
    private final BatchSource train;
    private final BatchSource validation;
    private final FitConfig config;
    private final NDManager home;
    private final History history;
    private final FitOutput output;
    private long trainNanos;
    private Shape firstBatch; // the shape of the first training batch, for the run record
    private long examples; // training examples seen

    /** Debiased moving average of the step losses for the status line: m / (1 − βᵗ). */
    private double smoothed;

    private double weight;
    private static final double SMOOTHING = 0.9;
    private static final AtomicLong STEPS = new AtomicLong();

    FitLoop(Block block, BatchSource train, BatchSource validation, FitConfig config) {
        this.block = block;
        this.train = train;
        this.validation = validation;
        this.config = config;
        this.home = config.manager != null ? config.manager : DjlRuntime.manager();
        this.history =
                new History(
                        config.name != null
                                ? config.name
                                : block.getClass().getSimpleName() + ", " + config.optimizerName());
        PrintStream out = config.out != null ? config.out : System.out;
        this.output =
                new FitOutput(
                        out,
                        config.quiet,
                        config.chart,
                        Display.ansi().enabled(),
                        Display.unicode(),
                        Display::width);
    }

    /** Steps taken by every run in this JVM. */
    static long stepsTrained() {
        return STEPS.get();
    }

    History run() {
        Stop.endIfStrict(history.name()); // a demo stopped earlier: this run would not be trained
        JniUtils.setGradMode(false); // grad mode is per thread; only collectors turn it on
        long started = System.nanoTime();
        boolean stopped = false;
        try (NDManager scratch = home.newSubManager()) {
            if (!block.isInitialized()) {
                Shape[] shapes =
                        config.inputShapes != null
                                ? config.inputShapes
                                : train.inputShapes(scratch);
                block.initialize(home, DataType.FLOAT32, shapes);
            }
            Shims.zeroGradients(block); // gradients left by an earlier hand-written backward
            ParameterScope lent = ParameterScope.enter(block, scratch);
            try (Model model = Model.newInstance("fit", home.getDevice())) {
                model.setBlock(block);
                Optimizer optimizer = config.newOptimizer();
                DefaultTrainingConfig tc =
                        new DefaultTrainingConfig(config.loss)
                                .optOptimizer(optimizer)
                                .optDevices(new Device[] {home.getDevice()});
                try (Trainer trainer = model.newTrainer(tc)) {
                    trustGradients(trainer);
                    output.start(description());
                    stopped = epochs(trainer, scratch);
                } finally {
                    if (config.optimizer != null) {
                        OptimizerStates.adopt(optimizer, home);
                    } else {
                        OptimizerStates.adoptForRun(optimizer, scratch);
                    }
                }
            } finally {
                lent.close(); // before scratch closes: the parameters go home, the run's
                // leftovers go
            }
        } catch (RuntimeException | Error e) {
            output.abort();
            throw e;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        history.finish(seconds, trainNanos / 1e9, stopped);
        if (firstBatch != null) {
            Runs.record(
                    block,
                    firstBatch,
                    examples,
                    history.steps(),
                    seconds,
                    home.getDevice().toString(),
                    stopped);
        }
        output.end(stopped ? stoppedLine() : doneLine(), history);
        if (stopped) {
            Stop.endIfStrict(
                    history.name()); // in a demo, what follows would judge an untrained model
        }
        return history;
    }

    /**
     * Turns off the check {@code Trainer} makes before its first update, which throws "Gradient
     * values are all zeros" when the gradients <em>sum</em> to exactly zero. That is always so for
     * softmax regression (one {@code Linear} layer under softmax cross-entropy: each example's
     * logit gradients sum to zero over the classes), so the check would refuse a classic first
     * model. {@code fit} always calls {@code backward} before {@code step}.
     */
    static void trustGradients(Trainer trainer) {
        try {
            Field checked = Trainer.class.getDeclaredField("gradientsChecked");
            checked.setAccessible(true);
            checked.setBoolean(trainer, true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // A DJL without this field keeps its own check.
        }
    }

    /** Trains epoch after epoch; returns whether the run was stopped early. */
    private boolean epochs(Trainer trainer, NDManager scratch) {
        long step = 0;
        for (int epoch = 1;
                config.steps > 0 ? step < config.steps : epoch <= config.epochs;
                epoch++) {
            long epochStart = System.nanoTime();
            double lossSum = 0;
            long epochSteps = 0;
            boolean stopped = false;
            try (NDManager epochManager = scratch.newSubManager()) {
                train.startEpoch(epochManager);
                while (config.steps == 0 || step < config.steps) {
                    if (Stop.requested()) {
                        stopped = true;
                        break;
                    }
                    long t0 = System.nanoTime();
                    float loss;
                    try (BatchSource.Step batch = train.next(epochManager)) {
                        if (batch == null) {
                            break;
                        }
                        loss = step(trainer, batch);
                        if (firstBatch == null) {
                            firstBatch = batch.data.get(0).getShape();
                        }
                        examples += batch.size();
                    }
                    trainNanos += System.nanoTime() - t0;
                    step++;
                    STEPS.incrementAndGet();
                    epochSteps++;
                    lossSum += loss;
                    history.addStep(loss);
                    smoothed = SMOOTHING * smoothed + (1 - SMOOTHING) * loss;
                    weight = SMOOTHING * weight + (1 - SMOOTHING);
                    int e = epoch;
                    long s = epochSteps;
                    output.progress(() -> progress(e, s), false);
                    if (config.listener != null) {
                        config.listener.onStep(history, step, loss);
                    }
                }
                if (stopped || epochSteps == 0) {
                    return stopped;
                }
                int e = epoch;
                long s = epochSteps;
                output.progress(() -> progress(e, s), true);
                double[] val =
                        validation == null
                                ? new double[] {Double.NaN, Double.NaN}
                                : validate(trainer, epochManager);
                history.endEpoch(
                        lossSum / epochSteps,
                        val[0],
                        val[1],
                        (System.nanoTime() - epochStart) / 1e9);
            }
            output.epoch(epochLine(epoch), history);
            if (config.listener != null) {
                config.listener.onEpoch(history, epoch);
            }
        }
        return false;
    }

    /** Forward, loss, backward, update; returns the loss. */
    private float step(Trainer trainer, BatchSource.Step batch) {
        float loss;
        try (GradientCollector collector = trainer.newGradientCollector()) {
            NDList predictions = trainer.forward(batch.data);
            NDArray l = config.loss.evaluate(batch.labels, predictions);
            collector.backward(l);
            loss = read(l);
        }
        if (config.clipGradNorm > 0) {
            Shims.clipGradNorm(block, config.clipGradNorm);
        }
        trainer.step();
        return loss;
    }

    /**
     * The loss as one float: one copy from the engine ({@code getFloat()} costs about three times
     * as much, as it first makes a scalar array); the mean if a loss returns several values.
     */
    static float read(NDArray loss) {
        float[] v =
                loss.getDataType() == DataType.FLOAT32
                        ? loss.toFloatArray()
                        : loss.toType(DataType.FLOAT32, false).toFloatArray();
        if (v.length == 1) {
            return v[0];
        }
        double sum = 0;
        for (float x : v) {
            sum += x;
        }
        return (float) (sum / v.length);
    }

    /** {validation loss, validation accuracy (NaN unless enabled)}, NaN both if stopped. */
    private double[] validate(Trainer trainer, NDManager epochManager) {
        Loss loss = config.loss;
        double lossSum = 0;
        long correct = 0;
        long n = 0;
        validation.startEpoch(epochManager);
        while (!Stop.requested()) {
            try (BatchSource.Step batch = validation.next(epochManager)) {
                if (batch == null) {
                    break;
                }
                NDList predictions = trainer.evaluate(batch.data);
                long size = batch.size();
                lossSum += read(loss.evaluate(batch.labels, predictions)) * size;
                if (config.accuracy) {
                    correct += Evaluation.correct(predictions.head(), batch.labels.head());
                }
                n += size;
            }
        }
        if (Stop.requested() || n == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        return new double[] {lossSum / n, config.accuracy ? correct / (double) n : Double.NaN};
    }

    private TrainingProgress progress(int epoch, long epochSteps) {
        double rate = trainNanos > 0 ? history.steps() / (trainNanos / 1e9) : Double.NaN;
        long perEpoch = train.stepsPerEpoch();
        long remaining =
                config.steps > 0
                        ? config.steps - history.steps()
                        : perEpoch > 0 ? perEpoch * config.epochs - history.steps() : -1;
        return new TrainingProgress(
                epoch,
                config.steps > 0 ? 0 : config.epochs,
                epochSteps,
                perEpoch,
                weight > 0 ? smoothed / weight : Double.NaN,
                rate,
                remaining >= 0 && rate > 0 ? remaining / rate : Double.NaN);
    }

    private String description() {
        long params = Inspect.parameterCount(block);
        String length =
                config.steps > 0
                        ? config.steps + " steps"
                        : config.epochs + (config.epochs == 1 ? " epoch" : " epochs");
        long perEpoch = train.stepsPerEpoch();
        return String.format(
                        Locale.ROOT,
                        "Training %s (%,d parameters): %s%s, %s",
                        block.getClass().getSimpleName(),
                        params,
                        length,
                        perEpoch > 0 ? " of " + perEpoch + " steps" : "",
                        config.optimizerName())
                + (config.clipGradNorm > 0
                        ? ", gradient norm clipped at " + config.clipGradNorm
                        : "")
                + System.lineSeparator()
                + "(Ctrl-C stops between steps and keeps what was learned.)";
    }

    private String epochLine(int epoch) {
        int i = history.epochs() - 1;
        StringBuilder sb = new StringBuilder("epoch ").append(epoch);
        if (config.steps == 0) {
            sb.append('/').append(config.epochs);
        }
        sb.append("  loss ").append(TrainingProgress.loss(history.trainLoss()[i]));
        if (!Double.isNaN(history.valLoss()[i])) {
            sb.append("  val loss ").append(TrainingProgress.loss(history.valLoss()[i]));
        }
        if (!Double.isNaN(history.valAccuracy()[i])) {
            sb.append(
                    String.format(Locale.ROOT, "  val acc %.1f%%", 100 * history.valAccuracy()[i]));
        }
        return sb.append("  ")
                .append(TrainingProgress.duration(history.epochSeconds()[i]))
                .toString();
    }

    private String doneLine() {
        return String.format(
                Locale.ROOT,
                "Done: %d steps in %s (%s steps/s), final loss %s%s.",
                history.steps(),
                TrainingProgress.duration(history.seconds()),
                rate(),
                TrainingProgress.loss(history.finalLoss()),
                Double.isNaN(history.finalAccuracy())
                        ? ""
                        : String.format(
                                Locale.ROOT, ", val acc %.1f%%", 100 * history.finalAccuracy()));
    }

    private String stoppedLine() {
        return String.format(
                Locale.ROOT,
                "Stopped after %d steps (%d full epochs) in %s; the model keeps what it "
                        + "learned (loss %s).",
                history.steps(),
                history.epochs(),
                TrainingProgress.duration(history.seconds()),
                TrainingProgress.loss(history.finalLoss()));
    }

    private String rate() {
        double r = history.stepsPerSecond();
        return Double.isNaN(r) ? "?" : String.format(Locale.ROOT, r >= 100 ? "%.0f" : "%.1f", r);
    }
}
