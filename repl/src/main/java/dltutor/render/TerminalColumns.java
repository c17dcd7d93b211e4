package dltutor.render;

/**
 * How many terminal columns text takes, as a terminal draws it (the {@code wcwidth} rule):
 * combining marks, format characters and other zero-width code points take none ({@code p̂} is
 * {@code p} and a combining circumflex: one column), East Asian wide and full-width characters and
 * most emoji take two, everything else one.
 *
 * <p>This package is pure (no JLine), so the rule is written here from the Unicode character
 * categories and a short table of wide ranges; it agrees with JLine's {@code WCWidth} on the
 * characters lessons use. Escape sequences are not handled here; {@link Ansi#visibleLength} strips
 * them first.
 */
public final class TerminalColumns {
    /** East Asian wide and full-width ranges, as pairs of first and last code point. */
    private static final int[] WIDE = {
        0x1100, 0x115F, // Hangul Jamo initial consonants
        0x231A, 0x231B, // watch, hourglass
        0x2329, 0x232A, // angle brackets
        0x23E9, 0x23EC, 0x23F0, 0x23F0, 0x23F3, 0x23F3, 0x25FD, 0x25FE, 0x2614, 0x2615, 0x2648,
        0x2653, 0x267F, 0x267F, 0x2693, 0x2693, 0x26A1, 0x26A1, 0x26AA, 0x26AB, 0x26BD, 0x26BE,
        0x26C4, 0x26C5, 0x26CE, 0x26CE, 0x26D4, 0x26D4, 0x26EA, 0x26EA, 0x26F2, 0x26F3, 0x26F5,
        0x26F5, 0x26FA, 0x26FA, 0x26FD, 0x26FD, 0x2705, 0x2705, 0x270A, 0x270B, 0x2728, 0x2728,
        0x274C, 0x274C, 0x274E, 0x274E, 0x2753, 0x2755, 0x2757, 0x2757, 0x2795, 0x2797, 0x27B0,
        0x27B0, 0x27BF, 0x27BF, 0x2B1B, 0x2B1C, 0x2B50, 0x2B50, 0x2B55, 0x2B55, 0x2E80,
        0x303E, // CJK radicals, punctuation
        0x3041, 0x33FF, // Hiragana, Katakana, Bopomofo, CJK compatibility
        0x3400, 0x4DBF, // CJK extension A
        0x4E00, 0x9FFF, // CJK unified ideographs
        0xA000, 0xA4CF, // Yi
        0xA960, 0xA97F, // Hangul Jamo extended A
        0xAC00, 0xD7A3, // Hangul syllables
        0xF900, 0xFAFF, // CJK compatibility ideographs
        0xFE10, 0xFE19, // vertical forms
        0xFE30, 0xFE6F, // CJK compatibility forms, small forms
        0xFF00, 0xFF60, // full-width forms
        0xFFE0, 0xFFE6, 0x16FE0, 0x18CFF, // Tangut and friends
        0x1B000, 0x1B2FF, // Kana supplement
        0x1F004, 0x1F004, 0x1F0CF, 0x1F0CF, 0x1F18E, 0x1F18E, 0x1F191, 0x1F19A, 0x1F200,
        0x1F2FF, // enclosed ideographic supplement
        0x1F300, 0x1F64F, // pictographs, emoticons
        0x1F680, 0x1F6FF, // transport and map symbols
        0x1F7E0, 0x1F7EB, 0x1F900, 0x1FAFF, // supplemental symbols and pictographs
        0x20000, 0x3FFFD, // CJK extensions B and later
    };

    private TerminalColumns() {}

    /** The columns {@code text} (with no escape sequences) takes on a terminal. */
    public static int of(CharSequence text) {
        int columns = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            columns += of(cp);
            i += Character.charCount(cp);
        }
        return columns;
    }

    /**
     * The longest start of {@code text} (with no escape sequences) that fits in {@code columns},
     * keeping the combining marks of its last character.
     */
    public static String cut(String text, int columns) {
        int used = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int w = of(cp);
            if (used + w > columns) {
                break;
            }
            used += w;
            i += Character.charCount(cp);
        }
        return text.substring(0, i);
    }

    /** The columns one code point takes: 0, 1 or 2. */
    public static int of(int codePoint) {
        if (codePoint < 0x20 || (codePoint >= 0x7F && codePoint < 0xA0)) {
            return 0; // control characters draw nothing
        }
        if (codePoint < 0x300) {
            return 1; // the common case, fast
        }
        int type = Character.getType(codePoint);
        if (type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.FORMAT
                || (codePoint >= 0x1160 && codePoint <= 0x11FF)) {
            return 0; // combining marks, zero-width spaces and joiners, Hangul medial vowels
        }
        return isWide(codePoint) ? 2 : 1;
    }

    private static boolean isWide(int codePoint) {
        if (codePoint < WIDE[0]) {
            return false;
        }
        int lo = 0;
        int hi = WIDE.length / 2 - 1;
        while (lo <= hi) { // binary search over the sorted ranges
            int mid = (lo + hi) >>> 1;
            if (codePoint < WIDE[2 * mid]) {
                hi = mid - 1;
            } else if (codePoint > WIDE[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }
}
