package dltutor.check;

/** Thrown by {@link Expect} when a learner's result is not what the check expects. */
public final class CheckFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A failure with a message for the learner. */
    public CheckFailure(String message) {
        super(message, null, false, false);
    }
}
