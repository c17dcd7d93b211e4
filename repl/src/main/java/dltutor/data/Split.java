package dltutor.data;

import java.util.Locale;

/**
 * Which part of a dataset: the examples a model learns from, or the held-out ones it is judged on.
 *
 * <p>Every split in {@code dltutor.data} is fixed and deterministic (the same examples on every
 * machine), so that a lesson can state the accuracy the learner should see.
 */
public enum Split {
    /** The examples to train on. */
    TRAIN,
    /** The held-out examples to measure generalisation on; never train on them. */
    TEST;

    /** Lower-case name, as used in messages and file names: {@code train} or {@code test}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
