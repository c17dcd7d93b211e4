package dltutor.console;

import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Completes tutor commands and their arguments at the start of a line, and Java names everywhere
 * else.
 */
final class JavaCompleter implements Completer {

    /** Java completion: continuations of the identifier at {@code cursor}. */
    @FunctionalInterface
    public interface Source {
        /** Suggestions; {@code anchor[0]} receives where the completed word starts. */
        List<String> complete(String buffer, int cursor, int[] anchor);
    }

    private final Source source;
    private final CommandCompletion commands;

    JavaCompleter(Source source, CommandCompletion commands) {
        this.source = source;
        this.commands = commands;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String buffer = line.line();
        int cursor = line.cursor();
        String before = buffer.substring(0, cursor);
        String lastLine = InputRules.lastLine(before).stripLeading();
        if (lastLine.startsWith("/")) {
            int space = lastLine.indexOf(' ');
            List<String> values;
            try {
                values =
                        space < 0
                                ? commands.names()
                                : commands.arguments(lastLine.substring(0, space));
            } catch (RuntimeException e) {
                return; // completion must never break typing
            }
            for (String c : values) {
                candidates.add(new Candidate(c, c, null, null, null, null, true));
            }
            return;
        }
        int[] anchor = {-1};
        List<String> suggestions;
        try {
            suggestions = source.complete(buffer, cursor, anchor);
        } catch (RuntimeException e) {
            return; // completion must never break typing
        }
        String prefix =
                anchor[0] >= 0 && anchor[0] <= cursor ? buffer.substring(anchor[0], cursor) : "";
        String wordPrefix =
                line.word().substring(0, Math.max(0, line.word().length() - prefix.length()));
        for (String s : suggestions) {
            String value = wordPrefix + s;
            boolean complete = !s.endsWith("(") && !s.endsWith(".");
            candidates.add(new Candidate(value, s, null, null, null, null, complete));
        }
    }
}
