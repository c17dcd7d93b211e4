package dltutor.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic sequence-to-sequence tasks whose right answer is known exactly, so that a lesson can
 * measure how accuracy depends on length: copy and reverse (the tests of Sutskever et al. 2014, who
 * found that reversing the source helps an LSTM), addition of two numbers written as digits
 * (Zaremba &amp; Sutskever, "Learning to Execute", 2014), and date-format translation ("24 November
 * 2026" → "2026-11-24"), the classic small attention demo.
 *
 * <p>Every generator is pure Java and deterministic under its seed; each returns {@link
 * SequencePairs} with ids {@code <pad>} 0, {@code <bos>} 1, {@code <eos>} 2, then the task's fixed
 * alphabet (the same vocabulary whatever the sample).
 */
public final class SequenceTasks {
    /** The symbols of the copy and reverse tasks. */
    public static final String SYMBOLS = "abcdefghij";

    private static final String[] MONTHS = {
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December"
    };
    private static final String[] DAYS = {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
    };
    private static final LocalDate FIRST_DATE = LocalDate.of(1950, 1, 1);
    private static final LocalDate LAST_DATE = LocalDate.of(2049, 12, 31);

    private SequenceTasks() {}

    /**
     * Random strings over {@link #SYMBOLS} of length {@code minLength..maxLength}; the target is
     * the source.
     */
    public static SequencePairs copy(int n, int minLength, int maxLength, long seed) {
        return symbols("copy", n, minLength, maxLength, seed, false);
    }

    /**
     * Random strings over {@link #SYMBOLS} of length {@code minLength..maxLength}; the target is
     * the source reversed.
     */
    public static SequencePairs reverse(int n, int minLength, int maxLength, long seed) {
        return symbols("reverse", n, minLength, maxLength, seed, true);
    }

    private static SequencePairs symbols(
            String task, int n, int minLength, int maxLength, long seed, boolean reverse) {
        if (minLength < 1 || maxLength < minLength) {
            throw new IllegalArgumentException(
                    "need 1 <= minLength <= maxLength, got " + minLength + ", " + maxLength);
        }
        Random r = new Random(seed);
        List<String> src = new ArrayList<>();
        List<String> tgt = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int len = minLength + r.nextInt(maxLength - minLength + 1);
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j < len; j++) {
                sb.append(SYMBOLS.charAt(r.nextInt(SYMBOLS.length())));
            }
            src.add(sb.toString());
            tgt.add(reverse ? sb.reverse().toString() : sb.toString());
        }
        return new SequencePairs(task, src, tgt, tokenizer(SYMBOLS));
    }

    /**
     * Sums such as "407+58" → "465": each operand has 1 to {@code maxDigits} digits (the length
     * drawn uniformly, no leading zeros), so long and short numbers are equally common.
     */
    public static SequencePairs addition(int n, int maxDigits, long seed) {
        if (maxDigits < 1 || maxDigits > 18) {
            throw new IllegalArgumentException("maxDigits must be 1..18, got " + maxDigits);
        }
        Random r = new Random(seed);
        List<String> src = new ArrayList<>();
        List<String> tgt = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long a = number(r, 1 + r.nextInt(maxDigits));
            long b = number(r, 1 + r.nextInt(maxDigits));
            src.add(a + "+" + b);
            tgt.add(Long.toString(a + b));
        }
        return new SequencePairs("addition", src, tgt, tokenizer("0123456789+"));
    }

    private static long number(Random r, int digits) {
        long lo = digits == 1 ? 0 : (long) Math.pow(10, digits - 1);
        long hi = (long) Math.pow(10, digits);
        return lo + (long) Math.floor(r.nextDouble() * (hi - lo));
    }

    /**
     * Dates between 1950 and 2049 written the ways people write them ("24 November 2026", "November
     * 24, 2026", "24 Nov 2026", "Nov 24, 2026", "24/11/2026", "Tuesday, 24 November 2026"), each to
     * be translated into ISO 8601, "2026-11-24".
     */
    public static SequencePairs dates(int n, long seed) {
        Random r = new Random(seed);
        long days = LAST_DATE.toEpochDay() - FIRST_DATE.toEpochDay() + 1;
        List<String> src = new ArrayList<>();
        List<String> tgt = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate d =
                    LocalDate.ofEpochDay(
                            FIRST_DATE.toEpochDay() + (long) Math.floor(r.nextDouble() * days));
            src.add(humanDate(d, r.nextInt(6)));
            tgt.add(d.toString());
        }
        StringBuilder alphabet = new StringBuilder("0123456789 ,-/");
        for (String name : MONTHS) {
            alphabet.append(name);
        }
        for (String name : DAYS) {
            alphabet.append(name);
        }
        return new SequencePairs("dates", src, tgt, tokenizer(alphabet.toString()));
    }

    /** One of six human formats of {@code d}; {@code style} is 0..5. */
    static String humanDate(LocalDate d, int style) {
        String month = MONTHS[d.getMonthValue() - 1];
        String mon = month.substring(0, 3);
        int day = d.getDayOfMonth();
        int year = d.getYear();
        return switch (style) {
            case 0 -> day + " " + month + " " + year;
            case 1 -> month + " " + day + ", " + year;
            case 2 -> day + " " + mon + " " + year;
            case 3 -> mon + " " + day + ", " + year;
            case 4 -> String.format("%02d/%02d/%d", day, d.getMonthValue(), year);
            default ->
                    DAYS[d.getDayOfWeek().getValue() - 1] + ", " + day + " " + month + " " + year;
        };
    }

    private static CharTokenizer tokenizer(String alphabet) {
        return CharTokenizer.ofAlphabet(
                alphabet, SequencePairs.PAD, SequencePairs.BOS, SequencePairs.EOS);
    }
}
