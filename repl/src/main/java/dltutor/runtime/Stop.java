package dltutor.runtime;

/**
 * The stop flag raised when the learner presses Ctrl-C. Native engine calls cannot be interrupted,
 * so training loops check {@link #requested()} between batches and return early, keeping what they
 * learned so far.
 *
 * <p>While the tutor runs a lesson's demo (or figure) it turns on <em>strict</em> mode: a training
 * stopped there throws {@link TrainingStoppedException} instead of returning a half-trained model,
 * and a later {@code fit} in the same snippet refuses to start, so a demo never draws conclusions
 * from models that were not trained. In the learner's own snippets a stopped {@code fit} returns as
 * usual and its {@link dltutor.dl.History} says it was stopped.
 */
public final class Stop {
    private static volatile boolean requested;
    private static volatile boolean strict;

    private Stop() {}

    /** Raises the flag (the tutor calls this on Ctrl-C). */
    public static void request() {
        requested = true;
    }

    /** Whether the learner asked to stop since the current snippet started. */
    public static boolean requested() {
        return requested || Thread.currentThread().isInterrupted();
    }

    /** Lowers the flag (the tutor calls this before each snippet). */
    public static void clear() {
        requested = false;
    }

    /**
     * Turns strict mode on or off (the tutor turns it on while it runs a demo).
     *
     * @param on whether a stopped training should end the running snippet
     */
    public static void setStrict(boolean on) {
        strict = on;
    }

    /** Whether a stopped training ends the running snippet (a demo is running). */
    public static boolean strict() {
        return strict;
    }

    /**
     * In strict mode, throws once a stop was requested; a training loop calls this before it starts
     * and after it stopped.
     *
     * @param what what was stopped, for the exception's message
     * @throws TrainingStoppedException if a stop was requested in strict mode
     */
    public static void endIfStrict(String what) {
        if (strict && requested()) {
            throw new TrainingStoppedException(what);
        }
    }
}
