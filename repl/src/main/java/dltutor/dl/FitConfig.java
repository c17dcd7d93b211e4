package dltutor.dl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.dataset.Dataset;
import ai.djl.training.loss.Loss;
import ai.djl.training.loss.SigmoidBinaryCrossEntropyLoss;
import ai.djl.training.loss.SoftmaxCrossEntropyLoss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.io.PrintStream;
import java.util.Objects;

/**
 * How {@link Training#fit} trains: the loss (required), the optimizer, how long, the batch size,
 * validation data and what to show. Built DJL-style: {@code setX} for what is required, {@code
 * optX} for the rest.
 *
 * <pre>{@code
 * FitConfig config = FitConfig.builder()
 *         .setLoss(Loss.softmaxCrossEntropyLoss())
 *         .optSgd(0.1f).optEpochs(5).optBatchSize(64)
 *         .optValidation(xTest, yTest)
 *         .build();
 * }</pre>
 *
 * <p>Defaults: Adam (Kingma and Ba, "Adam: A Method for Stochastic Optimization", 2014,
 * arXiv:1412.6980) with learning rate 0.001, 1 epoch, batch size 32, shuffled every epoch, live
 * progress and a loss chart, accuracy reported for softmax and sigmoid cross-entropy losses. Early
 * lessons count epochs (passes over a fixed data set, the 1980s habit); later ones set a step
 * budget with {@link Builder#optSteps}, as large language models are trained.
 *
 * <p>SGD: {@code w ← w − η·g}. Adam: {@code m ← β₁m + (1−β₁)g}, {@code v ← β₂v + (1−β₂)g²}, {@code
 * w ← w − η·m̂/(√v̂ + ε)} with bias-corrected {@code m̂, v̂}.
 *
 * <p>Shapes: validation arrays like the training arrays, x (N, …) and y (N, …).
 */
public final class FitConfig {

    final Loss loss;
    final Optimizer optimizer;
    final float learningRate;
    final boolean sgd;
    final int epochs;
    final long steps;
    final int batchSize;
    final boolean shuffle;
    final Dataset validationSet;
    final NDArray validationX;
    final NDArray validationY;
    final Shape[] inputShapes;
    final boolean accuracy;
    final boolean quiet;
    final boolean chart;
    final double clipGradNorm;
    final FitListener listener;
    final NDManager manager;
    final String name;
    final PrintStream out;

    private FitConfig(Builder b) {
        loss = Objects.requireNonNull(b.loss, "setLoss(...) is required");
        optimizer = b.optimizer;
        learningRate = b.learningRate;
        sgd = b.sgd;
        epochs = b.epochs;
        steps = b.steps;
        batchSize = b.batchSize;
        shuffle = b.shuffle;
        validationSet = b.validationSet;
        validationX = b.validationX;
        validationY = b.validationY;
        inputShapes = b.inputShapes;
        accuracy =
                b.accuracy != null
                        ? b.accuracy
                        : loss instanceof SoftmaxCrossEntropyLoss
                                || loss instanceof SigmoidBinaryCrossEntropyLoss;
        quiet = b.quiet;
        chart = b.chart;
        clipGradNorm = b.clipGradNorm;
        listener = b.listener;
        manager = b.manager;
        name = b.name;
        out = b.out;
    }

    /** Starts a configuration. */
    public static Builder builder() {
        return new Builder();
    }

    /** The optimizer to train with: the given one, or a fresh SGD/Adam at the learning rate. */
    Optimizer newOptimizer() {
        if (optimizer != null) {
            return optimizer;
        }
        Tracker lr = Tracker.fixed(learningRate);
        return sgd
                ? Optimizer.sgd().setLearningRateTracker(lr).build()
                : Optimizer.adam().optLearningRateTracker(lr).build();
    }

    /** A short description of the optimizer, e.g. {@code Adam 0.001}. */
    String optimizerName() {
        return optimizer != null
                ? optimizer.getClass().getSimpleName()
                : (sgd ? "SGD " : "Adam ") + learningRate;
    }

    /** The plan in words, e.g. {@code 5 epochs, batch 32, Adam 0.001}. */
    @Override
    public String toString() {
        String length =
                steps > 0 ? steps + " steps" : epochs + (epochs == 1 ? " epoch" : " epochs");
        return "FitConfig["
                + loss.getName()
                + ", "
                + optimizerName()
                + ", "
                + length
                + ", batch "
                + batchSize
                + "]";
    }

    /** Collects the settings of a {@link FitConfig}. */
    public static final class Builder {
        private Loss loss;
        private Optimizer optimizer;
        private float learningRate = 1e-3f;
        private boolean sgd;
        private int epochs = 1;
        private long steps;
        private int batchSize = 32;
        private boolean shuffle = true;
        private Dataset validationSet;
        private NDArray validationX;
        private NDArray validationY;
        private Shape[] inputShapes;
        private Boolean accuracy;
        private boolean quiet;
        private boolean chart = true;
        private double clipGradNorm;
        private FitListener listener;
        private NDManager manager;
        private String name;
        private PrintStream out;

        private Builder() {}

        /** The loss to minimise (required), e.g. {@code Loss.softmaxCrossEntropyLoss()}. */
        public Builder setLoss(Loss loss) {
            this.loss = Objects.requireNonNull(loss, "loss");
            return this;
        }

        /**
         * Trains with this optimizer; its state (momentum, Adam's moments) carries over between
         * fits.
         */
        public Builder optOptimizer(Optimizer optimizer) {
            this.optimizer = Objects.requireNonNull(optimizer, "optimizer");
            return this;
        }

        /** Plain stochastic gradient descent, {@code w ← w − η·∇L}, at learning rate η. */
        public Builder optSgd(float learningRate) {
            this.optimizer = null;
            this.sgd = true;
            this.learningRate = learningRate;
            return this;
        }

        /** Adam (Kingma and Ba, 2014) at learning rate η (the default, with η = 0.001). */
        public Builder optAdam(float learningRate) {
            this.optimizer = null;
            this.sgd = false;
            this.learningRate = learningRate;
            return this;
        }

        /** Passes over the training data (default 1); ignored when {@link #optSteps} is set. */
        public Builder optEpochs(int epochs) {
            if (epochs < 1) {
                throw new IllegalArgumentException("epochs must be at least 1: " + epochs);
            }
            this.epochs = epochs;
            return this;
        }

        /**
         * Trains for exactly this many steps (batches), going round the data as often as needed.
         */
        public Builder optSteps(long steps) {
            if (steps < 1) {
                throw new IllegalArgumentException("steps must be at least 1: " + steps);
            }
            this.steps = steps;
            return this;
        }

        /** Examples per step when the data are arrays (default 32). */
        public Builder optBatchSize(int batchSize) {
            if (batchSize < 1) {
                throw new IllegalArgumentException("batch size must be at least 1: " + batchSize);
            }
            this.batchSize = batchSize;
            return this;
        }

        /** Whether array data are shuffled every epoch (default true). */
        public Builder optShuffle(boolean shuffle) {
            this.shuffle = shuffle;
            return this;
        }

        /** Data to measure loss (and accuracy) on after every epoch. */
        public Builder optValidation(Dataset validation) {
            this.validationSet = Objects.requireNonNull(validation, "validation");
            this.validationX = null;
            this.validationY = null;
            return this;
        }

        /** Validation data as arrays: inputs (N, …) and labels (N, …). */
        public Builder optValidation(NDArray x, NDArray y) {
            this.validationX = Objects.requireNonNull(x, "x");
            this.validationY = Objects.requireNonNull(y, "y");
            this.validationSet = null;
            return this;
        }

        /**
         * Input shapes, batch first, for a block that is not yet initialised (else taken from the
         * data).
         */
        public Builder optInputShape(Shape... shapes) {
            this.inputShapes = shapes.clone();
            return this;
        }

        /**
         * Whether to report classification accuracy (default: for softmax/sigmoid cross-entropy).
         */
        public Builder optAccuracy(boolean accuracy) {
            this.accuracy = accuracy;
            return this;
        }

        /** Rescales gradients to global L2 norm ≤ {@code maxNorm} before each update (0 = off). */
        public Builder optClipGradNorm(double maxNorm) {
            if (maxNorm < 0) {
                throw new IllegalArgumentException("maxNorm must be ≥ 0: " + maxNorm);
            }
            this.clipGradNorm = maxNorm;
            return this;
        }

        /** Prints nothing (the history is still returned). */
        public Builder optQuiet(boolean quiet) {
            this.quiet = quiet;
            return this;
        }

        /** Whether to draw the loss chart (default true). */
        public Builder optChart(boolean chart) {
            this.chart = chart;
            return this;
        }

        /** Called after every step and epoch. */
        public Builder optListener(FitListener listener) {
            this.listener = listener;
            return this;
        }

        /** The manager that owns parameters created by initialisation (default: the session's). */
        public Builder optManager(NDManager manager) {
            this.manager = manager;
            return this;
        }

        /** The run's name in charts and comparisons. */
        public Builder optName(String name) {
            this.name = name;
            return this;
        }

        /** Where progress goes (default {@code System.out} at the time of the fit). */
        Builder optOutput(PrintStream out) {
            this.out = out;
            return this;
        }

        /** The configuration. */
        public FitConfig build() {
            return new FitConfig(this);
        }
    }
}
