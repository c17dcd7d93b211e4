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
        String last = lastLine(buffer).strip();
        if (isCommand(last)) {
            return true;
        }
        return javaComplete.test(buffer);
    }

    /** Whether a line is a slash command (and not, say, a comment or a division). */
    public static boolean isCommand(String line) {
        return line.startsWith("/") && !line.startsWith("//") && !line.startsWith("/*")
                && line.length() > 1 && Character.isLetter(line.charAt(1));
    }

    /** The last line of a buffer. */
    public static String lastLine(String buffer) {
        int nl = buffer.lastIndexOf('\n');
        return nl < 0 ? buffer : buffer.substring(nl + 1);
    }
}
