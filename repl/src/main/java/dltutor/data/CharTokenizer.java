package dltutor.data;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Text as a sequence of characters, each an id: the tokenizer of char-level language models, from
 * Elman's simple recurrent networks (1990) and Graves' handwriting and text RNNs (2013) to
 * Karpathy's char-rnn and nanoGPT.
 *
 * <p>Use it when the vocabulary must be tiny and nothing can be out of vocabulary: a few dozen ids
 * instead of tens of thousands, at the price of longer sequences. The vocabulary is the special
 * tokens first (e.g. {@code <pad>}, {@code <s>}, {@code </s>}), then the characters sorted by code
 * point. A text of length T encodes to {@code int[T]}; {@link #decode(int[])} inverts {@link
 * #encode(String)} and skips special tokens.
 *
 * <pre>{@code
 * CharTokenizer tok = CharTokenizer.fit(text);
 * int[] ids = tok.encode("hello");   // (5)
 * tok.decode(ids);                   // "hello"
 * }</pre>
 */
public final class CharTokenizer {
    private final Vocabulary vocab;
    private final int unk;

    private CharTokenizer(Vocabulary vocab) {
        this.vocab = vocab;
        this.unk = vocab.indexOf(WordTokenizer.UNK);
    }

    /**
     * A tokenizer for the characters that occur in {@code text}, after the given special tokens.
     */
    public static CharTokenizer fit(String text, String... specialTokens) {
        TreeSet<Integer> chars = new TreeSet<>();
        text.codePoints().forEach(chars::add);
        List<String> tokens = new ArrayList<>();
        for (int cp : chars) {
            tokens.add(Character.toString(cp));
        }
        return new CharTokenizer(Vocabulary.of(List.of(specialTokens), tokens));
    }

    /** A tokenizer for a fixed alphabet (duplicates ignored), after the given special tokens. */
    public static CharTokenizer ofAlphabet(String alphabet, String... specialTokens) {
        return fit(alphabet, specialTokens);
    }

    /**
     * The ids of the characters of {@code text}. A character outside the vocabulary maps to {@code
     * <unk>} when the vocabulary has it, else throws.
     */
    public int[] encode(String text) {
        return text.codePoints()
                .map(
                        cp -> {
                            int id = vocab.indexOf(Character.toString(cp));
                            if (id < 0 || vocab.isSpecial(id)) {
                                if (unk < 0) {
                                    throw new IllegalArgumentException(
                                            "character '"
                                                    + Character.toString(cp)
                                                    + "' (U+"
                                                    + String.format("%04X", cp)
                                                    + ") is not in this tokenizer's vocabulary");
                                }
                                return unk;
                            }
                            return id;
                        })
                .toArray();
    }

    /** The text of {@code ids}, special tokens left out. */
    public String decode(int[] ids) {
        StringBuilder sb = new StringBuilder();
        for (int id : ids) {
            if (!vocab.isSpecial(id)) {
                sb.append(vocab.token(id));
            }
        }
        return sb.toString();
    }

    /** The id of one token, a character or a special such as {@code "<s>"}. */
    public int id(String token) {
        return vocab.id(token);
    }

    /** The vocabulary: special tokens, then characters. */
    public Vocabulary vocabulary() {
        return vocab;
    }

    /** The number of ids, specials included. */
    public int size() {
        return vocab.size();
    }

    @Override
    public String toString() {
        return "CharTokenizer[" + size() + " ids, " + vocab.specialCount() + " special]";
    }
}
