package dltutor.session;

import java.util.List;

/**
 * What happened to one snippet.
 *
 * @param source the snippet's source
 * @param kind what kind of snippet it was (as jshell's {@code Snippet.Kind}, with expressions,
 *     assignments and variables told apart)
 * @param name the declared name (variable, method or type), or the temporary for an expression
 * @param value the value's display string for expressions and variables, else null
 * @param errors compile errors (the snippet was rejected); empty if it compiled
 * @param exception the exception it raised, or null
 * @param unresolved names it uses that are not defined yet (it is kept, but cannot run yet)
 * @param stopped whether the learner stopped it (Ctrl-C)
 * @param blocked why the tutor refused to run it (e.g. {@code System.exit}), or null
 * @param action for a declaration, what it did to the session as jshell says it: {@code created},
 *     {@code modified} (same signature) or {@code replaced} (a new signature); else empty
 * @param declared for a declaration, what it declared as jshell names it, e.g. {@code method
 *     sq(int)}, {@code interface Shape}, {@code variable x}; else empty
 */
public record Outcome(
        String source,
        Kind kind,
        String name,
        String value,
        List<Diagnostic> errors,
        Raised exception,
        List<String> unresolved,
        boolean stopped,
        String blocked,
        String action,
        String declared) {

    /** An outcome that declares nothing (or whose declaration is not described). */
    public Outcome(
            String source,
            Kind kind,
            String name,
            String value,
            List<Diagnostic> errors,
            Raised exception,
            List<String> unresolved,
            boolean stopped,
            String blocked) {
        this(source, kind, name, value, errors, exception, unresolved, stopped, blocked, "", "");
    }

    /**
     * Whether it compiled and ran to the end. A declaration that uses names not declared yet is
     * fine, as in jshell: it is kept, and can be used once they exist ({@link #unresolved}).
     */
    public boolean ok() {
        return errors.isEmpty() && exception == null && !stopped && blocked == null;
    }

    /** The source on one line, cut to at most {@code max} characters (for messages). */
    public String sourceLine(int max) {
        String one = source.strip().replaceAll("\\s+", " ");
        return one.length() > max ? one.substring(0, max - 3) + "…" : one;
    }

    /** Why it did not run to the end, in one line (null if it did). */
    public String why() {
        if (ok()) {
            return null;
        }
        return !errors.isEmpty()
                ? "compile error: " + errors.get(0).summary()
                : exception != null
                        ? exception.type() + ": " + exception.message()
                        : stopped ? "stopped" : "blocked " + blocked;
    }

    /** Whether it declares something the session keeps (variable, method, type or import). */
    public boolean declares() {
        return kind == Kind.VARIABLE
                || kind == Kind.METHOD
                || kind == Kind.TYPE
                || kind == Kind.IMPORT;
    }

    /** What kind of snippet an outcome is about. */
    public enum Kind {
        /** An expression; its value goes to a temporary ({@code $1}). */
        EXPRESSION,
        /** An assignment to an existing variable. */
        ASSIGNMENT,
        /** A variable declaration. */
        VARIABLE,
        /** A method declaration. */
        METHOD,
        /** A class, interface, record or enum. */
        TYPE,
        /** An import. */
        IMPORT,
        /** A statement (a loop, an if, a block). */
        STATEMENT;

        /** The kind's word as the declarations list spells it ({@code variable}, {@code type}). */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The kind a word names (the inverse of {@link #word()}). */
        public static Kind of(String word) {
            return valueOf(word.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** A compile error: message and its position in {@link #source}. */
    public record Diagnostic(String message, int start, int position, int end) {
        /**
         * The message on one line, naming the symbol when javac gives one on its next lines: {@code
         * cannot find symbol (variable tv)} rather than just {@code cannot find symbol}.
         */
        public String summary() {
            List<String> lines = message.lines().map(String::strip).toList();
            if (lines.isEmpty()) {
                return "";
            }
            String symbol =
                    lines.stream()
                            .filter(l -> l.startsWith("symbol:"))
                            .findFirst()
                            .map(
                                    l ->
                                            l.substring("symbol:".length())
                                                    .strip()
                                                    .replaceAll("\\s+", " "))
                            .orElse("");
            return symbol.isEmpty() ? lines.get(0) : lines.get(0) + " (" + symbol + ")";
        }
    }

    /**
     * An exception raised by the learner's code.
     *
     * @param type the simple class name
     * @param where the learner's code where it was raised, e.g. {@code relu (#4:2)}, or empty
     */
    public record Raised(String type, String message, String where) {}
}
