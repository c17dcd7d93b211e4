package dltutor.console;

import java.util.Map;
import org.fusesource.jansi.AnsiConsole;
import org.fusesource.jansi.AnsiType;

/**
 * Whether the batch modes ({@code --check}, {@code --run}) colour what they print. Jansi's {@link
 * AnsiConsole} tells what standard output is: a terminal that shows ANSI colour (on Windows it also
 * switches the console's ANSI processing on), or a redirection (a pipe, a file, a CI log), where
 * escape codes would be noise. Colour is also off on a dumb terminal and when {@code NO_COLOR} is
 * set (<a href="https://no-color.org">no-color.org</a>). The interactive tutor does not use this:
 * JLine knows its terminal.
 */
public final class BatchColour {
    private BatchColour() {}

    /** Whether to colour standard output, from the environment and what Jansi finds. */
    public static boolean forStdout() {
        return decide(System.getenv(), stdoutType());
    }

    /**
     * The rule.
     *
     * @param env the environment ({@code NO_COLOR}, {@code TERM})
     * @param type what Jansi found standard output to be
     * @return whether to colour
     */
    static boolean decide(Map<String, String> env, AnsiType type) {
        String noColor = env.get("NO_COLOR");
        if (noColor != null && !noColor.isEmpty()) {
            return false;
        }
        if ("dumb".equals(env.get("TERM"))) {
            return false;
        }
        return type == AnsiType.Native
                || type == AnsiType.VirtualTerminal
                || type == AnsiType.Emulation;
    }

    /** What standard output is; unsupported when Jansi cannot tell (no native library). */
    static AnsiType stdoutType() {
        try {
            return AnsiConsole.out().getType();
        } catch (RuntimeException | LinkageError e) {
            return AnsiType.Unsupported;
        }
    }
}
