package dltutor.runtime;

import ai.djl.ndarray.NDManager;
import java.io.PrintStream;

/**
 * How the session shows the values of the learner's snippets where jshell's {@code toString} would
 * mislead or clutter. The session's execution control asks it for every value; null means jshell's
 * own display.
 */
public final class ValueDisplay {
    private ValueDisplay() {}

    /**
     * The text for a value, or null for jshell's display.
     *
     * <ul>
     *   <li>a {@link PrintStream} (what {@code System.out.printf(…)} returns): nothing, since the
     *       printed text is what the learner wanted;
     *   <li>an {@link NDManager}: how many arrays it owns, instead of its names and parents.
     * </ul>
     */
    public static String of(Object value) {
        if (value instanceof PrintStream) {
            return "";
        }
        if (value instanceof NDManager) {
            String s = String.valueOf(value);
            if (s.startsWith("Name: ") && s.contains("Parent Name: ")) {
                return "NDManager (owns " + s.replaceAll("(?s).*Resource size: ", "") + " arrays)";
            }
        }
        return null;
    }
}
