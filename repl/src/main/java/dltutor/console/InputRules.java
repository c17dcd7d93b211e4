package dltutor.console;

import java.util.function.Predicate;

/** When is an input finished? Shared by the JLine parser and the script console. */
public final class InputRules {
    private InputRules() {}

    /**
     * Whether {@code buffer} should be accepted on Enter: it is blank, its last line is a tutor
     * command, or the Java in it is complete.
     */
    public static boolean accepts(String buffer, Predicate<String> javaComplete) {
        if (buffer.isBlank()) {
            return true;
        }
        if (commandStart(buffer) >= 0) {
            return true;
        }
        return javaComplete.test(buffer);
    }

    /**
     * Where a trailing tutor command starts in {@code buffer}, or -1: either its whole last line
     * ({@code /hint}), or a command typed straight after code on the same line, as happens when the
     * learner types {@code /skip} at the end of pre-filled starter code ({@code …}/skip}). After
     * {@code }} or {@code ;} a slash and a letter cannot be Java, so this is unambiguous.
     */
    public static int commandStart(String buffer) {
        String last = lastLine(buffer);
        int lineStart = buffer.length() - last.length();
        if (isCommand(last.strip())) {
            return lineStart;
        }
        for (int i = last.length() - 2; i >= 1; i--) {
            char before = last.charAt(i - 1);
            if (last.charAt(i) == '/'
                    && (before == '}' || before == ';')
                    && isCommand(last.substring(i).strip())
                    && last.substring(i).indexOf('"') < 0) {
                return lineStart + i;
            }
        }
        return -1;
    }

    /**
     * Whether Enter at {@code cursor} edits rather than submits: the buffer has several lines and
     * there is text after the cursor, as when the learner fills in pre-filled starter code. Enter
     * then breaks the line; Alt-Enter submits from anywhere.
     */
    public static boolean editingInside(String buffer, int cursor) {
        return cursor >= 0
                && cursor < buffer.length()
                && buffer.indexOf('\n') >= 0
                && !buffer.substring(cursor).isBlank();
    }

    /** Whether a line is a slash command (and not, say, a comment or a division). */
    public static boolean isCommand(String line) {
        return line.startsWith("/")
                && !line.startsWith("//")
                && !line.startsWith("/*")
                && line.length() > 1
                && Character.isLetter(line.charAt(1));
    }

    /** The last line of a buffer. */
    public static String lastLine(String buffer) {
        int nl = buffer.lastIndexOf('\n');
        return nl < 0 ? buffer : buffer.substring(nl + 1);
    }
}
