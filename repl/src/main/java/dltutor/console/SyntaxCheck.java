package dltutor.console;

/**
 * A syntax-only guess at whether Java input is complete, for the moments JShell cannot be asked (it
 * is not thread-safe, and the session may be busy restoring a lesson or running a snippet):
 * brackets balance outside strings, characters and comments, and the input does not end in the
 * middle of an expression. Enter then never waits on the session.
 */
public final class SyntaxCheck {
    private SyntaxCheck() {}

    /** Whether {@code source} looks like one or more complete snippets. */
    public static boolean looksComplete(String source) {
        int depth = 0;
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                int nl = source.indexOf('\n', i);
                i = nl < 0 ? n : nl;
                continue;
            }
            if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                int end = source.indexOf("*/", i + 2);
                if (end < 0) {
                    return false;
                }
                i = end + 2;
                continue;
            }
            if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                if (end < 0) {
                    return false;
                }
                i = end + 3;
                continue;
            }
            if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1; // an unterminated literal is the compiler's to report
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            }
            i++;
        }
        if (depth > 0) {
            return false;
        }
        String t = source.strip();
        if (t.isEmpty()) {
            return true;
        }
        char last = t.charAt(t.length() - 1);
        return "=+-*/%&|^!?:<>,.".indexOf(last) < 0
                || t.endsWith("++")
                || t.endsWith("--")
                || t.endsWith("*/");
    }
}
