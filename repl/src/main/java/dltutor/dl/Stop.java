package dltutor.dl;

/**
 * The stop flag raised when the learner presses Ctrl-C. Native engine calls cannot be
 * interrupted, so training loops check {@link #requested()} between batches and return early,
 * keeping what they learned so far.
 */
public final class Stop {
    private static volatile boolean requested;

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
}
