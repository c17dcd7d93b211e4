package dltutor.console;

import java.util.function.Function;
import java.util.regex.Pattern;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;

/** Colours Java as the learner types; commands are shown bold. */
final class SnippetHighlighter implements Highlighter {
    private final Function<String, String> highlight;

    SnippetHighlighter(Function<String, String> highlight) {
        this.highlight = highlight;
    }

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        if (InputRules.isCommand(buffer.strip())) {
            return AttributedString.fromAnsi("\u001b[1m" + buffer + "\u001b[0m");
        }
        try {
            return AttributedString.fromAnsi(highlight.apply(buffer));
        } catch (RuntimeException e) {
            return new AttributedString(buffer);
        }
    }

    @Override
    public void setErrorPattern(Pattern errorPattern) {
        // not used
    }

    @Override
    public void setErrorIndex(int errorIndex) {
        // not used
    }
}
