package dltutor.render;

import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Light syntax highlighting for Java snippets: keywords magenta and bold, string and char literals
 * green, comments dim, numbers cyan.
 *
 * <p>This is a small hand-written lexer, not a parser: it knows comments, literals with escapes,
 * numbers and identifiers, which is all that colouring needs. Text blocks are not recognised.
 * Styles never span a line break, so each output line can be prefixed safely. Removing the escape
 * codes always gives back the input.
 */
public final class JavaHighlighter {

    /** Java 17 reserved words, literals and the contextual keywords a learner meets. */
    private static final Set<String> KEYWORDS =
            Set.of(
                    "abstract",
                    "assert",
                    "boolean",
                    "break",
                    "byte",
                    "case",
                    "catch",
                    "char",
                    "class",
                    "const",
                    "continue",
                    "default",
                    "do",
                    "double",
                    "else",
                    "enum",
                    "extends",
                    "final",
                    "finally",
                    "float",
                    "for",
                    "goto",
                    "if",
                    "implements",
                    "import",
                    "instanceof",
                    "int",
                    "interface",
                    "long",
                    "native",
                    "new",
                    "package",
                    "private",
                    "protected",
                    "public",
                    "return",
                    "short",
                    "static",
                    "strictfp",
                    "super",
                    "switch",
                    "synchronized",
                    "this",
                    "throw",
                    "throws",
                    "transient",
                    "try",
                    "void",
                    "volatile",
                    "while",
                    "true",
                    "false",
                    "null",
                    "var",
                    "record",
                    "sealed",
                    "permits",
                    "yield");

    private JavaHighlighter() {}

    /** Returns {@code code} with ANSI colours added, or unchanged if {@code ansi} is disabled. */
    public static String highlight(String code, Ansi ansi) {
        if (!ansi.enabled()) {
            return code;
        }
        StringBuilder out = new StringBuilder(code.length() * 2);
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            int end;
            UnaryOperator<String> style;
            if (code.startsWith("//", i)) {
                end = lineEnd(code, i);
                style = ansi::dim;
            } else if (code.startsWith("/*", i)) {
                int close = code.indexOf("*/", i + 2);
                end = close < 0 ? code.length() : close + 2;
                style = ansi::dim;
            } else if (c == '"' || c == '\'') {
                end = quoteEnd(code, i, c);
                style = ansi::green;
            } else if (Character.isDigit(c)
                    || (c == '.'
                            && i + 1 < code.length()
                            && Character.isDigit(code.charAt(i + 1)))) {
                end = numberEnd(code, i);
                style = ansi::cyan;
            } else if (Character.isJavaIdentifierStart(c)) {
                end = identifierEnd(code, i);
                boolean keyword = KEYWORDS.contains(code.substring(i, end));
                style = keyword ? s -> ansi.bold(ansi.magenta(s)) : UnaryOperator.identity();
            } else {
                out.append(c);
                i++;
                continue;
            }
            appendStyled(out, code.substring(i, end), style);
            i = end;
        }
        return out.toString();
    }

    /** Styles each line of {@code token} separately, so no escape code crosses a newline. */
    private static void appendStyled(StringBuilder out, String token, UnaryOperator<String> style) {
        String[] lines = token.split("\n", -1);
        for (int k = 0; k < lines.length; k++) {
            if (k > 0) {
                out.append('\n');
            }
            out.append(style.apply(lines[k]));
        }
    }

    private static int lineEnd(String code, int from) {
        int newline = code.indexOf('\n', from);
        return newline < 0 ? code.length() : newline;
    }

    /** End of a string or char literal; an unterminated literal stops at the line end. */
    private static int quoteEnd(String code, int from, char quote) {
        int i = from + 1;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '\\' && i + 1 < code.length() && code.charAt(i + 1) != '\n') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else if (c == '\n') {
                return i;
            } else {
                i++;
            }
        }
        return code.length();
    }

    /** Decimal, hex and binary literals with underscores, suffixes and signed exponents. */
    private static int numberEnd(String code, int from) {
        boolean hex = code.startsWith("0x", from) || code.startsWith("0X", from);
        int i = from;
        while (i < code.length()) {
            char c = code.charAt(i);
            char previous = i > from ? code.charAt(i - 1) : ' ';
            boolean exponentSign =
                    (c == '+' || c == '-') && !hex && (previous == 'e' || previous == 'E');
            if (Character.isLetterOrDigit(c) || c == '_' || c == '.' || exponentSign) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static int identifierEnd(String code, int from) {
        int i = from + 1;
        while (i < code.length() && Character.isJavaIdentifierPart(code.charAt(i))) {
            i++;
        }
        return i;
    }
}
