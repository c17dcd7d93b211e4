package dltutor.data;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;
import java.util.List;

/**
 * Pairs of (input sequence, target sequence) over a small character vocabulary: the data of
 * sequence-to-sequence learning (Sutskever, Vinyals &amp; Le 2014; Cho et al. 2014) and of
 * attention (Bahdanau, Cho &amp; Bengio 2014), where an encoder reads the source and a decoder
 * writes the target one token at a time.
 *
 * <p>Ids 0, 1, 2 are {@code <pad>}, {@code <bos>} (begin: the decoder's first input) and {@code
 * <eos>} (end). A source encodes as its characters then {@code <eos>}; a target as {@code <bos>},
 * its characters, {@code <eos>}. For teacher forcing, feed the decoder {@code target[:, :-1]} and
 * score its predictions against {@code target[:, 1:]}, masking the {@code <pad>} positions.
 *
 * @param task the task's name, e.g. "reverse"
 * @param sources the input strings, e.g. "abc"
 * @param targets the target strings, e.g. "cba"
 * @param tokenizer the vocabulary: {@code <pad> <bos> <eos>}, then the task's alphabet
 */
public record SequencePairs(
        String task, List<String> sources, List<String> targets, CharTokenizer tokenizer) {
    /** Padding, id 0. */
    public static final String PAD = "<pad>";

    /** Begin of a target, id 1. */
    public static final String BOS = "<bos>";

    /** End of a sequence, id 2. */
    public static final String EOS = "<eos>";

    /** Checks that sources and targets pair up. */
    public SequencePairs {
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
        if (sources.size() != targets.size()) {
            throw new IllegalArgumentException(
                    sources.size() + " sources but " + targets.size() + " targets");
        }
    }

    /** The number of pairs. */
    public int size() {
        return sources.size();
    }

    /** Pair {@code i}'s source ids: its characters, then {@code <eos>}. */
    public int[] sourceIds(int i) {
        int[] chars = tokenizer.encode(sources.get(i));
        int[] ids = Arrays.copyOf(chars, chars.length + 1);
        ids[chars.length] = tokenizer.id(EOS);
        return ids;
    }

    /** Pair {@code i}'s target ids: {@code <bos>}, its characters, {@code <eos>}. */
    public int[] targetIds(int i) {
        int[] chars = tokenizer.encode(targets.get(i));
        int[] ids = new int[chars.length + 2];
        ids[0] = tokenizer.id(BOS);
        System.arraycopy(chars, 0, ids, 1, chars.length);
        ids[ids.length - 1] = tokenizer.id(EOS);
        return ids;
    }

    /** The valid (unpadded) length of every source, {@code <eos>} included. */
    public int[] sourceLengths() {
        return sources.stream().mapToInt(s -> s.codePointCount(0, s.length()) + 1).toArray();
    }

    /** The valid (unpadded) length of every target, {@code <bos>} and {@code <eos>} included. */
    public int[] targetLengths() {
        return targets.stream().mapToInt(s -> s.codePointCount(0, s.length()) + 2).toArray();
    }

    /**
     * Every source, right-padded with {@code <pad>}: {@code (N, S)} int32, S the longest source +
     * 1.
     */
    public NDArray sourceArray(NDManager manager) {
        return padded(manager, true);
    }

    /**
     * Every target, right-padded with {@code <pad>}: {@code (N, T)} int32, T the longest target +
     * 2.
     */
    public NDArray targetArray(NDManager manager) {
        return padded(manager, false);
    }

    private NDArray padded(NDManager manager, boolean source) {
        int[] lengths = source ? sourceLengths() : targetLengths();
        int width = Arrays.stream(lengths).max().orElse(1);
        int[] flat = new int[size() * width]; // <pad> is 0
        for (int i = 0; i < size(); i++) {
            int[] ids = source ? sourceIds(i) : targetIds(i);
            System.arraycopy(ids, 0, flat, i * width, ids.length);
        }
        return manager.create(flat, new Shape(size(), width));
    }

    /** The text of predicted ids, up to the first {@code <eos>}, specials skipped. */
    public String decode(int[] ids) {
        int eos = tokenizer.id(EOS);
        int end = 0;
        while (end < ids.length && ids[end] != eos) {
            end++;
        }
        return tokenizer.decode(Arrays.copyOf(ids, end));
    }

    /** The fraction of {@code predictions} that equal their target exactly (sequence accuracy). */
    public double exactMatch(List<String> predictions) {
        if (predictions.size() != size()) {
            throw new IllegalArgumentException(
                    predictions.size() + " predictions for " + size() + " pairs");
        }
        int right = 0;
        for (int i = 0; i < size(); i++) {
            if (targets.get(i).equals(predictions.get(i))) {
                right++;
            }
        }
        return size() == 0 ? 0 : (double) right / size();
    }

    @Override
    public String toString() {
        return "SequencePairs["
                + task
                + ", "
                + size()
                + " pairs, "
                + tokenizer.size()
                + " ids"
                + (size() > 0
                        ? ", e.g. \"" + sources.get(0) + "\" → \"" + targets.get(0) + "\"]"
                        : "]");
    }
}
