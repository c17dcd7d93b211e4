package dltutor.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text as a sequence of lower-cased words and punctuation marks, each an id, with rare words
 * replaced by {@code <unk>}: the tokenizer of word2vec (Mikolov et al. 2013), of the Seq2Seq papers
 * (Sutskever et al. 2014) and of word-level language models before sub-word units (BPE, Sennrich et
 * al. 2016; WordPiece in BERT, Devlin et al. 2018) took over.
 *
 * <p>Use it when each token should carry meaning (embeddings, nearest neighbours, analogies) and
 * the corpus is small enough that a word vocabulary stays in the tens of thousands. "The
 * President's message, 1861." becomes {@code the president's message , 1861 .}. {@link #fit(String,
 * int, String...)} keeps words seen at least {@code minCount} times; ids 0.. are the special
 * tokens, {@code <unk>} always among them.
 */
public final class WordTokenizer {
    /** The token that stands for every word outside the vocabulary. */
    public static final String UNK = "<unk>";

    private static final Pattern TOKEN =
            Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*|[^\\s\\p{L}\\p{N}]");
    private static final Pattern NO_SPACE_BEFORE = Pattern.compile("[.,;:!?)\\]}%'’]");

    private final Vocabulary vocab;
    private final int unk;

    private WordTokenizer(Vocabulary vocab) {
        this.vocab = vocab;
        this.unk = vocab.id(UNK);
    }

    /**
     * The tokens of {@code text}: lower-cased words (with inner apostrophes) and single punctuation
     * marks.
     */
    public static List<String> tokenize(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /**
     * A tokenizer whose vocabulary is the special tokens ({@code <unk>} is added first when not
     * given), then every token of {@code corpus} seen at least {@code minCount} times, most
     * frequent first.
     */
    public static WordTokenizer fit(String corpus, int minCount, String... specialTokens) {
        Map<String, Integer> counts = new HashMap<>();
        for (String t : tokenize(corpus)) {
            counts.merge(t, 1, Integer::sum);
        }
        LinkedHashSet<String> specials = new LinkedHashSet<>(List.of(specialTokens));
        if (!specials.contains(UNK)) {
            LinkedHashSet<String> withUnk = new LinkedHashSet<>();
            withUnk.add(UNK);
            withUnk.addAll(specials);
            specials = withUnk;
        }
        return new WordTokenizer(Vocabulary.fromCounts(List.copyOf(specials), counts, minCount));
    }

    /** The ids of the tokens of {@code text}; words outside the vocabulary become {@code <unk>}. */
    public int[] encode(String text) {
        List<String> tokens = tokenize(text);
        int[] ids = new int[tokens.size()];
        for (int i = 0; i < ids.length; i++) {
            int id = vocab.indexOf(tokens.get(i));
            ids[i] = id < 0 || vocab.isSpecial(id) ? unk : id;
        }
        return ids;
    }

    /** The tokens of {@code ids} joined with spaces, none before closing punctuation. */
    public String decode(int[] ids) {
        StringBuilder sb = new StringBuilder();
        for (int id : ids) {
            String t = vocab.token(id);
            if (sb.length() > 0 && !NO_SPACE_BEFORE.matcher(t).matches()) {
                sb.append(' ');
            }
            sb.append(t);
        }
        return sb.toString();
    }

    /** The id of one token, e.g. {@code id("<unk>")}; throws if it is not in the vocabulary. */
    public int id(String token) {
        return vocab.id(token);
    }

    /** The vocabulary: special tokens, then words by frequency. */
    public Vocabulary vocabulary() {
        return vocab;
    }

    /** The number of ids, specials included. */
    public int size() {
        return vocab.size();
    }

    @Override
    public String toString() {
        return "WordTokenizer[" + size() + " ids, " + vocab.specialCount() + " special]";
    }
}
