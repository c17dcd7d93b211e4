package dltutor.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Labelled tasks made from the State of the Union metadata, for fine-tuning a pretrained encoder
 * (the BERT lesson): passages labelled with their era or with the president's party.
 *
 * <p>The split is by address, never by passage, so that no test passage has a neighbour from the
 * same speech in training: within each era, in year order, every fourth address starting with the
 * third (positions 2, 6, 10, ...) is a test address. On the checked-in subset that is 36 training
 * and 12 test addresses, three test addresses per era.
 */
final class SotuTasks {
    /** Words per passage: about 64 word tokens, a small Transformer's context. */
    static final int PASSAGE_WORDS = 50;

    /** The parties of the party task, indexed by label. */
    static final List<String> PARTIES = List.of("Democratic", "Republican");

    private SotuTasks() {}

    /** Whether an address is held out for testing. */
    static boolean isTest(Sotu sotu, Sotu.Address address) {
        int position = 0;
        for (Sotu.Address a : sotu.addresses()) {
            if (a == address) {
                break;
            }
            if (a.era() == address.era()) {
                position++;
            }
        }
        return position % 4 == 2;
    }

    static LabelledTexts era(Sotu sotu, Split split, int maxWords) {
        List<String> texts = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (Sotu.Address a : sotu.addresses()) {
            if (isTest(sotu, a) == (split == Split.TEST)) {
                for (String p : Passages.of(a.text(), maxWords)) {
                    texts.add(p);
                    labels.add(a.era());
                }
            }
        }
        return new LabelledTexts(
                texts, labels.stream().mapToInt(Integer::intValue).toArray(), SotuEras.NAMES);
    }

    static LabelledTexts party(Sotu sotu, Split split, int maxWords) {
        List<String> texts = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (Sotu.Address a : sotu.addresses()) {
            int label = PARTIES.indexOf(a.party());
            if (label >= 0 && isTest(sotu, a) == (split == Split.TEST)) {
                for (String p : Passages.of(a.text(), maxWords)) {
                    texts.add(p);
                    labels.add(label);
                }
            }
        }
        return new LabelledTexts(
                texts, labels.stream().mapToInt(Integer::intValue).toArray(), PARTIES);
    }
}
