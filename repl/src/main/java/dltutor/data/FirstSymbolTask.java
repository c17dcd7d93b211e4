package dltutor.data;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/**
 * A batch of the "remember the first symbol" task made by {@link Sequences#firstSymbol}.
 *
 * @param sequences (B) sequences of length lag + 1; the first id is the class
 * @param labels the first symbol of each sequence
 * @param vocabulary classes + distractors: the one-hot width V
 * @param classes the number of possible answers; chance accuracy is 1/classes
 */
public record FirstSymbolTask(int[][] sequences, int[] labels, int vocabulary, int classes) {

    /** The inputs one-hot, {@code (B, T, V)} float32 with T = lag + 1. */
    public NDArray inputs(NDManager manager) {
        return Sequences.oneHot(sequences, vocabulary, manager);
    }

    /** The answers, {@code (B)} int32. */
    public NDArray labels(NDManager manager) {
        return manager.create(labels);
    }

    /** The accuracy of always guessing one class. */
    public double chance() {
        return 1.0 / classes;
    }
}
