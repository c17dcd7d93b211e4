package dltutor.dl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.training.dataset.Dataset;
import ai.djl.training.loss.Loss;
import dltutor.runtime.DjlRuntime;
import java.nio.file.Path;
import java.util.Objects;

/**
 * {@code fit}: train a block by mini-batch gradient descent, with a live progress line, a loss
 * chart, validation after every epoch and Ctrl-C that stops between steps.
 *
 * <p>Mini-batch stochastic gradient descent goes back to Robbins and Monro, "A Stochastic
 * Approximation Method" (1951); training networks with it by back-propagation to Rumelhart, Hinton
 * and Williams, "Learning representations by back-propagating errors" (Nature, 1986). Every lesson
 * from the MLP on trains this way: show a batch, measure the loss, follow its gradient. Use {@code
 * fit} whenever the training step is "forward, loss, backward, update"; write the loop by hand
 * (with {@code Shims.zeroGradients}) for GANs, RL and other two-model schemes.
 *
 * <p>One step on a batch B: {@code θ ← θ − η · ∇θ (1/|B|) Σ_{i∈B} ℓ(f(xᵢ; θ), yᵢ)} (SGD; Adam
 * rescales the gradient by running moment estimates).
 *
 * <pre>{@code
 * var net = new SequentialBlock().add(Linear.builder().setUnits(64).build())
 *         .add(Activation::relu).add(Linear.builder().setUnits(10).build());
 * History h = fit(net, xTrain, yTrain, FitConfig.builder()
 *         .setLoss(Loss.softmaxCrossEntropyLoss()).optEpochs(5)
 *         .optValidation(xTest, yTest).build());
 * h.plot();
 * }</pre>
 *
 * <p>Shapes: x (N, …) inputs, y (N, …) labels, as the loss expects them (class indices (N) for
 * softmax cross-entropy). An uninitialised block is initialised on the session's manager with the
 * shape of one batch. The run is reproducible after {@code seed(...)}: weights, shuffling and
 * dropout all draw from the engine's seeded generator.
 */
public final class Training {

    private Training() {}

    /**
     * Trains {@code block} on arrays, cut into shuffled mini-batches.
     *
     * @param x (N, …) inputs
     * @param y (N, …) labels
     * @return the record of the run (also when stopped early)
     */
    public static History fit(Block block, NDArray x, NDArray y, FitConfig config) {
        Objects.requireNonNull(block, "block");
        return run(
                block,
                BatchSource.of(x, y, config.batchSize, config.shuffle),
                validation(config),
                config);
    }

    /**
     * Trains {@code block} on a DJL {@link Dataset} (its sampler sets batch size and shuffling).
     */
    public static History fit(Block block, Dataset train, FitConfig config) {
        Objects.requireNonNull(block, "block");
        return run(block, BatchSource.of(train), validation(config), config);
    }

    /** The validation batches the config names (arrays or a dataset), or null. */
    private static BatchSource validation(FitConfig config) {
        if (config.validationX != null) {
            return BatchSource.of(
                    config.validationX, config.validationY, Math.max(256, config.batchSize), false);
        }
        return config.validationSet != null ? BatchSource.of(config.validationSet) : null;
    }

    /**
     * Runs the loop, or, when a resumed session replays a training the learner already ran,
     * restores what it ended with from the {@link FitCache}.
     */
    private static History run(
            Block block, BatchSource train, BatchSource validation, FitConfig config) {
        Path entry = FitCache.next();
        if (FitCache.replaying()) {
            NDManager home = config.manager != null ? config.manager : DjlRuntime.manager();
            History restored =
                    FitCache.restore(
                            entry,
                            block,
                            home,
                            () -> {
                                try (NDManager scratch = home.newSubManager()) {
                                    return config.inputShapes != null
                                            ? config.inputShapes
                                            : train.inputShapes(scratch);
                                }
                            });
            if (restored != null) {
                return restored;
            }
        }
        History history = new FitLoop(block, train, validation, config).run();
        if (!(FitCache.replaying() && history.stopped())) {
            // what the learner ran, stopped or not; a replay cut short is not what they had
            FitCache.store(entry, block, history);
        }
        return history;
    }

    /** Training steps taken in this JVM by every {@code fit} (for tests and benchmarks). */
    public static long stepsTrained() {
        return FitLoop.stepsTrained();
    }

    /**
     * Starts a configuration with the loss set: {@code config(Loss.l2Loss()).optSgd(0.1f).build()}.
     */
    public static FitConfig.Builder config(Loss loss) {
        return FitConfig.builder().setLoss(loss);
    }

    /** Trains with Adam (learning rate 0.001) in batches of 32 for {@code epochs} epochs. */
    public static History fit(Block block, NDArray x, NDArray y, Loss loss, int epochs) {
        return fit(block, x, y, FitConfig.builder().setLoss(loss).optEpochs(epochs).build());
    }
}
