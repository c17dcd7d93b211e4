package dltutor.data;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Random;

/**
 * Batching token sequences for recurrent networks: one-hot inputs (B, T, V), id arrays (B, T), and
 * the long-lag memory task of the recurrent-network lessons.
 *
 * <p>Elman (1990) fed his simple recurrent network one-hot ("localist") vectors, one unit per
 * symbol, one time step per symbol; recurrent lessons do the same before embeddings (lesson 16)
 * replace the one-hot vector with a learned dense one. Use {@link #oneHot} when the network's first
 * layer is a matrix product with the input, {@link #ids} for an embedding lookup or a loss over
 * classes.
 *
 * <pre>{@code
 * FirstSymbolTask task = Sequences.firstSymbol(512, 20, 4, 4, 7);  // lag 20, 4 classes, 4 distractors
 * NDArray x = task.inputs(manager);   // (512, 21, 8) one-hot
 * NDArray y = task.labels(manager);   // (512) int32, the first symbol
 * }</pre>
 */
public final class Sequences {

    private Sequences() {}

    /**
     * One-hot encoding: {@code out[b, t, v] = 1} where {@code sequences[b][t] == v}, else 0.
     *
     * @param sequences B sequences of the same length T, ids in [0, vocabulary)
     * @return (B, T, V) float32
     */
    public static NDArray oneHot(int[][] sequences, int vocabulary, NDManager manager) {
        int t = length(sequences);
        float[] out = new float[sequences.length * t * vocabulary];
        for (int b = 0; b < sequences.length; b++) {
            for (int i = 0; i < t; i++) {
                int id = sequences[b][i];
                if (id < 0 || id >= vocabulary) {
                    throw new IllegalArgumentException(
                            "id "
                                    + id
                                    + " at ("
                                    + b
                                    + ", "
                                    + i
                                    + ") is outside [0, "
                                    + vocabulary
                                    + ")");
                }
                out[(b * t + i) * vocabulary + id] = 1f;
            }
        }
        return manager.create(out, new Shape(sequences.length, t, vocabulary));
    }

    /** The ids as one array, {@code (B, T)} int32. */
    public static NDArray ids(int[][] sequences, NDManager manager) {
        int t = length(sequences);
        int[] out = new int[sequences.length * t];
        for (int b = 0; b < sequences.length; b++) {
            System.arraycopy(sequences[b], 0, out, b * t, t);
        }
        return manager.create(out, new Shape(sequences.length, t));
    }

    /**
     * The "remember the first symbol" task: each sequence is one of {@code classes} symbols (ids
     * 0..classes−1) followed by {@code lag} distractor symbols drawn uniformly from {@code
     * distractors} others (ids classes..classes+distractors−1); the label is the first symbol. Only
     * a network that carries information across {@code lag} steps beats chance, 1/classes: the test
     * Bengio, Simard and Frasconi (1994) used to show that gradient descent struggles with
     * long-term dependencies, and the kind of long-lag problem Hochreiter and Schmidhuber (1997)
     * built the LSTM to solve.
     *
     * @param lag the number of steps between the symbol and the end of the sequence (≥ 0)
     */
    public static FirstSymbolTask firstSymbol(
            int n, int lag, int classes, int distractors, long seed) {
        if (n < 1 || lag < 0 || classes < 2 || distractors < 1) {
            throw new IllegalArgumentException(
                    "need n >= 1, lag >= 0, classes >= 2, distractors >= 1");
        }
        Random r = new Random(seed);
        int[][] sequences = new int[n][lag + 1];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = r.nextInt(classes);
            sequences[i][0] = labels[i];
            for (int t = 1; t <= lag; t++) {
                sequences[i][t] = classes + r.nextInt(distractors);
            }
        }
        return new FirstSymbolTask(sequences, labels, classes + distractors, classes);
    }

    private static int length(int[][] sequences) {
        if (sequences.length == 0) {
            throw new IllegalArgumentException("no sequences");
        }
        int t = sequences[0].length;
        for (int[] s : sequences) {
            if (s.length != t) {
                throw new IllegalArgumentException(
                        "sequences differ in length: "
                                + t
                                + " and "
                                + s.length
                                + "; pad them first");
            }
        }
        return t;
    }
}
