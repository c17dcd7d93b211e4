package dltutor.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts running text into sentences, and sentences into passages of about {@code n} words: the unit
 * of a sentence-classification example, sized to fit a small Transformer's context.
 *
 * <p>The addresses of the State of the Union corpus are single paragraphs, so passages stand in for
 * paragraphs. A sentence ends at {@code .}, {@code !} or {@code ?} followed by a space and a
 * capital letter, a digit or a quote, unless the word before is a common abbreviation ("Mr.",
 * "Gen.", "U.S."). Passages never split a sentence; one longer than {@code n} words is a passage of
 * its own.
 */
public final class Passages {
    private static final Pattern END = Pattern.compile("[.!?][\"'’”)]?\\s+(?=[A-Z0-9\"“'(])");
    private static final Set<String> ABBREVIATIONS =
            Set.of(
                    "mr", "mrs", "ms", "dr", "st", "gen", "col", "capt", "lieut", "hon", "rev",
                    "jr", "sr", "no", "nos", "vs", "u.s", "s", "u", "etc", "jan", "feb", "aug",
                    "sept", "oct", "nov", "dec", "art", "sec", "vol");

    private Passages() {}

    /** The sentences of {@code text}, trimmed. */
    public static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = END.matcher(text);
        int start = 0;
        while (m.find()) {
            int wordStart = m.start();
            while (wordStart > start && !Character.isWhitespace(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            String before = text.substring(wordStart, m.start()).toLowerCase(Locale.ROOT);
            if (ABBREVIATIONS.contains(before)
                    || before.length() == 1 && Character.isLetter(before.charAt(0))) {
                continue; // "Mr. Lincoln", "John Q. Adams"
            }
            String s = text.substring(start, m.end()).strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
            start = m.end();
        }
        String rest = text.substring(start).strip();
        if (!rest.isEmpty()) {
            out.add(rest);
        }
        return out;
    }

    /**
     * Consecutive sentences of {@code text} joined into passages of at most {@code maxWords} words.
     */
    public static List<String> of(String text, int maxWords) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int words = 0;
        for (String s : sentences(text)) {
            int w = s.split("\\s+").length;
            if (words > 0 && words + w > maxWords) {
                out.add(cur.toString());
                cur.setLength(0);
                words = 0;
            }
            if (words > 0) {
                cur.append(' ');
            }
            cur.append(s);
            words += w;
        }
        if (words > 0) {
            out.add(cur.toString());
        }
        return out;
    }
}
