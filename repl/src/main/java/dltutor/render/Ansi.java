package dltutor.render;

import java.util.regex.Pattern;

/**
 * A tiny ANSI styling helper. When disabled, every styling method returns its argument unchanged,
 * so rendering code can style unconditionally.
 *
 * <p>Each style is closed with its own "off" code (not a full reset), and any matching "off" code
 * inside the styled text re-opens the style, so styles nest: {@code bold("a " + dim("b") + " c")}
 * keeps {@code " c"} bold.
 */
public final class Ansi {

    private static final String CSI = "\u001B[";

    /** Resets every style; used where a styled span must not leak past a line end. */
    static final String RESET = CSI + "0m";

    /** Control Sequence Introducer sequences, e.g. {@code ESC[1m} or {@code ESC[38;5;208m}. */
    static final Pattern ESCAPE = Pattern.compile("\u001B\\[[0-?]*[ -/]*[@-~]");

    private static final Ansi ENABLED = new Ansi(true);
    private static final Ansi DISABLED = new Ansi(false);

    private final boolean enabled;

    private Ansi(boolean enabled) {
        this.enabled = enabled;
    }

    /** Returns a styler that emits escape codes only if {@code enabled} is true. */
    public static Ansi of(boolean enabled) {
        return enabled ? ENABLED : DISABLED;
    }

    /** Whether this styler emits escape codes. */
    public boolean enabled() {
        return enabled;
    }

    /** Bold (increased intensity). */
    public String bold(String s) {
        return wrap("1", "22", s);
    }

    /** Dim (faint) text. */
    public String dim(String s) {
        return wrap("2", "22", s);
    }

    /** Italic text (shown as inverse or plain on some terminals). */
    public String italic(String s) {
        return wrap("3", "23", s);
    }

    /** Underlined text. */
    public String underline(String s) {
        return wrap("4", "24", s);
    }

    /** Foreground colour from the 256-colour palette ({@code 0..255}). */
    public String fg(int color256, String s) {
        checkByte(color256, "color256");
        return wrap("38;5;" + color256, "39", s);
    }

    /** 24-bit foreground colour; each component in {@code 0..255}. */
    public String rgbFg(int r, int g, int b, String s) {
        return wrap("38;2;" + rgb(r, g, b), "39", s);
    }

    /** 24-bit background colour; each component in {@code 0..255}. */
    public String rgbBg(int r, int g, int b, String s) {
        return wrap("48;2;" + rgb(r, g, b), "49", s);
    }

    /** Red foreground. */
    public String red(String s) {
        return wrap("31", "39", s);
    }

    /** Green foreground. */
    public String green(String s) {
        return wrap("32", "39", s);
    }

    /** Yellow foreground. */
    public String yellow(String s) {
        return wrap("33", "39", s);
    }

    /** Blue foreground. */
    public String blue(String s) {
        return wrap("34", "39", s);
    }

    /** Magenta foreground. */
    public String magenta(String s) {
        return wrap("35", "39", s);
    }

    /** Cyan foreground. */
    public String cyan(String s) {
        return wrap("36", "39", s);
    }

    /**
     * Terminal columns {@code s} takes: escape sequences and combining marks count as zero, wide
     * (East Asian) characters as two (see {@link TerminalColumns}).
     */
    public static int visibleLength(String s) {
        return TerminalColumns.of(strip(s));
    }

    /** Removes all ANSI escape sequences from {@code s}. */
    public static String strip(String s) {
        if (s.indexOf('\u001B') < 0) {
            return s;
        }
        return ESCAPE.matcher(s).replaceAll("");
    }

    /**
     * Styles {@code s}; an inner {@code off} code is followed by {@code on} again so styles nest.
     */
    private String wrap(String on, String off, String s) {
        if (!enabled || s.isEmpty()) {
            return s;
        }
        String open = CSI + on + "m";
        String close = CSI + off + "m";
        return open + s.replace(close, close + open) + close;
    }

    private static String rgb(int r, int g, int b) {
        checkByte(r, "r");
        checkByte(g, "g");
        checkByte(b, "b");
        return r + ";" + g + ";" + b;
    }

    private static void checkByte(int value, String name) {
        if (value < 0 || value > 255) {
            throw new IllegalArgumentException(name + " must be in 0..255: " + value);
        }
    }
}
