package dltutor.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixed list of tokens and their integer ids: the bridge between text and the embedding table of
 * a model ({@code Embedding} rows are indexed by these ids).
 *
 * <p>Special tokens ({@code <pad>}, {@code <unk>}, {@code <s>}, ...) come first, so that {@code
 * <pad>} is id 0 when it is given first; the rest follow in the order given. {@link
 * #fromCounts(List, Map, int)} builds the usual frequency-ordered vocabulary of Mikolov et al.'s
 * word2vec (2013) and of every word-level language model since: words seen fewer than {@code
 * minCount} times are left out and later map to {@code <unk>}.
 */
public final class Vocabulary {
    private final List<String> tokens;
    private final Map<String, Integer> ids;
    private final int specials;

    private Vocabulary(List<String> tokens, int specials) {
        this.tokens = List.copyOf(tokens);
        this.specials = specials;
        this.ids = new HashMap<>();
        for (int i = 0; i < this.tokens.size(); i++) {
            if (ids.put(this.tokens.get(i), i) != null) {
                throw new IllegalArgumentException(
                        "token listed twice: \"" + this.tokens.get(i) + "\"");
            }
        }
    }

    /** The special tokens, then the other tokens, each in the order given. */
    public static Vocabulary of(List<String> specialTokens, List<String> otherTokens) {
        List<String> all = new ArrayList<>(specialTokens);
        all.addAll(otherTokens);
        return new Vocabulary(all, specialTokens.size());
    }

    /**
     * The special tokens, then every token counted at least {@code minCount} times, most frequent
     * first (ties in alphabetical order, so the ids are the same on every machine).
     */
    public static Vocabulary fromCounts(
            List<String> specialTokens, Map<String, Integer> counts, int minCount) {
        List<String> kept = new ArrayList<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() >= minCount && !specialTokens.contains(e.getKey())) {
                kept.add(e.getKey());
            }
        }
        kept.sort(
                Comparator.comparing((String t) -> -counts.get(t))
                        .thenComparing(Comparator.naturalOrder()));
        return of(specialTokens, kept);
    }

    /** The number of tokens, specials included: the row count of an embedding table. */
    public int size() {
        return tokens.size();
    }

    /** The number of special tokens (ids {@code 0 .. specialCount()-1}). */
    public int specialCount() {
        return specials;
    }

    /** Whether {@code id} is a special token. */
    public boolean isSpecial(int id) {
        return id >= 0 && id < specials;
    }

    /** The id of {@code token}; throws if it is not in the vocabulary. */
    public int id(String token) {
        Integer id = ids.get(token);
        if (id == null) {
            throw new IllegalArgumentException(
                    "\"" + token + "\" is not in the vocabulary of " + size() + " tokens");
        }
        return id;
    }

    /** The id of {@code token}, or -1 when it is not in the vocabulary. */
    public int indexOf(String token) {
        return ids.getOrDefault(token, -1);
    }

    /** Whether {@code token} is in the vocabulary. */
    public boolean contains(String token) {
        return ids.containsKey(token);
    }

    /** The token with id {@code id}. */
    public String token(int id) {
        if (id < 0 || id >= tokens.size()) {
            throw new IllegalArgumentException(
                    "id " + id + " is outside 0.." + (tokens.size() - 1));
        }
        return tokens.get(id);
    }

    /** All tokens, in id order. */
    public List<String> tokens() {
        return Collections.unmodifiableList(tokens);
    }

    @Override
    public String toString() {
        int shown = Math.min(12, tokens.size());
        return "Vocabulary["
                + size()
                + " tokens: "
                + String.join(" ", tokens.subList(0, shown))
                + (shown < tokens.size() ? " …]" : "]");
    }
}
