package dltutor.dl;

/**
 * Called by {@link Training#fit} after every training step and at the end of every epoch, on the
 * training thread. Keep it quick: it runs between batches. A listener may call {@link
 * Stop#request()} to end training early (the run then returns what it learned).
 *
 * <p>The idea is Keras's callbacks (Chollet, 2015) and DJL's {@code TrainingListener}: code that
 * watches a run without rewriting its loop. Use it to log a gradient norm, save a checkpoint, or
 * stop when the loss is good enough (early stopping, Prechelt, 1998).
 *
 * <pre>{@code
 * FitListener everyTenth = new FitListener() {
 *     public void onStep(History h, long step, float loss) {
 *         if (step % 10 == 0) System.out.println(step + " " + loss);
 *     }
 * };
 * }</pre>
 */
public interface FitListener {

    /**
     * After a step.
     *
     * @param history the run so far
     * @param step steps done in the whole run, from 1
     * @param loss this step's training loss
     */
    default void onStep(History history, long step, float loss) {}

    /**
     * After an epoch and its validation.
     *
     * @param history the run so far
     * @param epoch the epoch just finished, from 1
     */
    default void onEpoch(History history, int epoch) {}
}
