package dltutor.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Texts with a class label each: a text-classification task such as "which era is this passage
 * from?". The shape of the fine-tuning data of ULMFiT (Howard &amp; Ruder 2018) and BERT (Devlin et
 * al. 2018): a pretrained encoder reads the text, a small head predicts the label.
 *
 * @param texts the examples
 * @param labels the class of each example, {@code 0 .. classNames.size()-1}
 * @param classNames the classes' names, indexed by label
 */
public record LabelledTexts(List<String> texts, int[] labels, List<String> classNames) {

    /** Checks that there is one label per text and every label names a class. */
    public LabelledTexts {
        texts = List.copyOf(texts);
        labels = labels.clone();
        classNames = List.copyOf(classNames);
        if (texts.size() != labels.length) {
            throw new IllegalArgumentException(
                    texts.size() + " texts but " + labels.length + " labels");
        }
        for (int y : labels) {
            if (y < 0 || y >= classNames.size()) {
                throw new IllegalArgumentException(
                        "label " + y + " outside 0.." + (classNames.size() - 1));
            }
        }
    }

    @Override
    public int[] labels() {
        return labels.clone();
    }

    /** The number of examples. */
    public int size() {
        return labels.length;
    }

    /** Example {@code i}'s text. */
    public String text(int i) {
        return texts.get(i);
    }

    /** Example {@code i}'s label. */
    public int label(int i) {
        return labels[i];
    }

    /** How many examples of each class, indexed by label. */
    public int[] classCounts() {
        int[] counts = new int[classNames.size()];
        for (int y : labels) {
            counts[y]++;
        }
        return counts;
    }

    /**
     * At most {@code k} examples of each class, the first ones in order: a small, balanced labelled
     * set, as when labels are scarce and pretraining has to make up for them.
     */
    public LabelledTexts perClass(int k) {
        int[] left = new int[classNames.size()];
        Arrays.fill(left, k);
        List<String> t = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            if (left[labels[i]]-- > 0) {
                t.add(texts.get(i));
                y.add(labels[i]);
            }
        }
        return new LabelledTexts(t, y.stream().mapToInt(Integer::intValue).toArray(), classNames);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("LabelledTexts[" + size() + " texts:");
        int[] counts = classCounts();
        for (int c = 0; c < counts.length; c++) {
            sb.append(c == 0 ? " " : ", ").append(classNames.get(c)).append(' ').append(counts[c]);
        }
        return sb.append(']').toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LabelledTexts other
                && texts.equals(other.texts)
                && Arrays.equals(labels, other.labels)
                && classNames.equals(other.classNames);
    }

    @Override
    public int hashCode() {
        return texts.hashCode() * 31 + Arrays.hashCode(labels);
    }
}
