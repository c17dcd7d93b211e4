package dltutor.render;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which ANSI text styles (SGR codes) are switched on at some point of a string.
 *
 * <p>{@link TextWrap} uses this to end each wrapped line with a reset and to re-open the same
 * styles after the next line's prefix, so a style never bleeds into an indent or a quote bar. The
 * model follows the codes {@link Ansi} emits: one attribute per sequence.
 */
final class SgrState {

    /** Active sequences keyed by the attribute they set ("bold", "fg", ...), in order. */
    private final Map<String, String> active = new LinkedHashMap<>();

    /** Updates the state with one escape sequence; non-SGR sequences are ignored. */
    void apply(String escape) {
        if (!escape.endsWith("m")) {
            return;
        }
        String params = escape.substring(2, escape.length() - 1);
        String first = params.split(";", -1)[0];
        int code = first.isEmpty() ? 0 : parse(first);
        switch (code) {
            case 0 -> active.clear();
            case 22 -> {
                active.remove("bold");
                active.remove("dim");
            }
            case 23 -> active.remove("italic");
            case 24 -> active.remove("underline");
            case 39 -> active.remove("fg");
            case 49 -> active.remove("bg");
            default -> active.put(slot(code, params), escape);
        }
    }

    /** True when some style is on, i.e. a line ending here needs a reset. */
    boolean isActive() {
        return !active.isEmpty();
    }

    /** The escape sequences that switch the current styles back on. */
    String reopen() {
        return String.join("", active.values());
    }

    private static String slot(int code, String params) {
        if (code == 1) {
            return "bold";
        } else if (code == 2) {
            return "dim";
        } else if (code == 3) {
            return "italic";
        } else if (code == 4) {
            return "underline";
        } else if ((code >= 30 && code <= 38) || (code >= 90 && code <= 97)) {
            return "fg";
        } else if ((code >= 40 && code <= 48) || (code >= 100 && code <= 107)) {
            return "bg";
        }
        return params;
    }

    private static int parse(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
