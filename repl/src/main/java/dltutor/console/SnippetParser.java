package dltutor.console;

import java.util.List;
import java.util.function.Predicate;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.SyntaxError;

/**
 * Tells JLine when Enter should run the input: when the Java is complete or the line is a tutor
 * command, and the cursor is not inside a multi-line buffer (there Enter breaks the line, so
 * pre-filled starter code can be edited in place); otherwise JLine inserts a line break. For
 * completion it reports the identifier (or command) being typed as the word.
 */
final class SnippetParser implements Parser {
    private final Predicate<String> javaComplete;

    SnippetParser(Predicate<String> javaComplete) {
        this.javaComplete = javaComplete;
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) throws SyntaxError {
        if (context == ParseContext.ACCEPT_LINE
                && (InputRules.editingInside(line, cursor)
                        || !InputRules.accepts(line, javaComplete))) {
            throw new EOFError(-1, cursor, "incomplete snippet");
        }
        int start = cursor;
        if (InputRules.lastLine(line.substring(0, cursor)).stripLeading().startsWith("/")) {
            // a command's argument (a step id such as build-net) is everything after the space
            while (start > 0 && !Character.isWhitespace(line.charAt(start - 1))) {
                start--;
            }
            return new Parsed(line, cursor, line.substring(start, cursor));
        }
        while (start > 0 && isWordChar(line.charAt(start - 1))) {
            start--;
        }
        return new Parsed(line, cursor, line.substring(start, cursor));
    }

    private static boolean isWordChar(char c) {
        return Character.isJavaIdentifierPart(c) || c == '/';
    }

    @Override
    public boolean isEscapeChar(char ch) {
        return false;
    }

    /** The whole buffer as one line, with the current identifier as the word. */
    record Parsed(String line, int cursor, String word) implements CompletingParsedLine {
        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            return candidate; // Java names need no escaping
        }

        @Override
        public int rawWordCursor() {
            return word.length();
        }

        @Override
        public int rawWordLength() {
            return word.length();
        }

        @Override
        public int wordCursor() {
            return word.length();
        }

        @Override
        public int wordIndex() {
            return 0;
        }

        @Override
        public List<String> words() {
            return List.of(word);
        }
    }
}
