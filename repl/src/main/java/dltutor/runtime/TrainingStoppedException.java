package dltutor.runtime;

/**
 * Thrown by {@code fit} when Ctrl-C stops a training inside a demo that the tutor runs (see {@link
 * Stop#strict()}): the demo ends there instead of going on with a model that was not trained, and
 * the tutor reports the step as not done.
 */
public final class TrainingStoppedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param what the training that was stopped
     */
    public TrainingStoppedException(String what) {
        super("stopped by Ctrl-C: " + what);
    }
}
