package dltutor.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Greedy word wrap for text that may contain ANSI escape codes (which take no width).
 *
 * <p>Runs of spaces and tabs separate words and collapse to one space; {@code '\n'} forces a line
 * break. A word is split only when it is longer than a whole line. Styles that are open at a line
 * end are reset there and re-opened after the next line's prefix.
 */
public final class TextWrap {

    private TextWrap() {}

    /** Wraps {@code text} into lines of at most {@code width} visible columns, without prefixes. */
    public static List<String> wrap(String text, int width) {
        return wrap(text, width, "", "");
    }

    /**
     * Wraps {@code text} so that every line, prefix included, is at most {@code width} visible
     * columns wide (if a prefix alone is wider, each line still gets one character).
     *
     * @param firstPrefix put before the first line, e.g. {@code "• "} for a list item
     * @param restPrefix put before every other line, e.g. {@code " "} for a hanging indent
     * @return the lines, without line terminators; at least one
     */
    public static List<String> wrap(String text, int width, String firstPrefix, String restPrefix) {
        if (width < 1) {
            throw new IllegalArgumentException("width must be positive: " + width);
        }
        Lines lines = new Lines(width, firstPrefix, restPrefix);
        String[] segments = text.split("\n", -1);
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                lines.breakLine();
            }
            for (String word : segments[i].split("[ \t]+")) {
                if (!word.isEmpty()) {
                    lines.addWord(word);
                }
            }
        }
        return lines.finish();
    }

    /** Accumulates output lines; one instance per {@link #wrap} call. */
    private static final class Lines {
        private final int width;
        private final String restPrefix;
        private final List<String> done = new ArrayList<>();
        private final SgrState style = new SgrState();
        private final StringBuilder line = new StringBuilder();
        private int available;
        private int used;

        Lines(int width, String firstPrefix, String restPrefix) {
            this.width = width;
            this.restPrefix = restPrefix;
            start(firstPrefix);
        }

        void addWord(String word) {
            int length = Ansi.visibleLength(word);
            if (used > 0 && used + 1 + length > available) {
                breakLine();
            }
            if (used > 0) {
                line.append(' ');
                used++;
            }
            append(word);
        }

        /** Ends the current line and starts a continuation line. */
        void breakLine() {
            end();
            start(restPrefix);
        }

        List<String> finish() {
            end();
            return done;
        }

        private void start(String prefix) {
            line.setLength(0);
            line.append(prefix).append(style.reopen());
            available = Math.max(1, width - Ansi.visibleLength(prefix));
            used = 0;
        }

        private void end() {
            if (style.isActive()) {
                line.append(Ansi.RESET);
            }
            done.add(line.toString());
        }

        /**
         * Appends escape sequences and code points, breaking only if the line is full (in columns).
         */
        private void append(String word) {
            Matcher escape = Ansi.ESCAPE.matcher(word);
            int i = 0;
            while (i < word.length()) {
                if (word.charAt(i) == '\u001B' && escape.find(i) && escape.start() == i) {
                    style.apply(escape.group());
                    line.append(escape.group());
                    i = escape.end();
                    continue;
                }
                int codePoint = word.codePointAt(i);
                int columns = TerminalColumns.of(codePoint);
                if (used > 0 && used + columns > available) {
                    breakLine();
                }
                line.appendCodePoint(codePoint);
                used += columns;
                i += Character.charCount(codePoint);
            }
        }
    }
}
