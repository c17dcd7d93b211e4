package dltutor.tutor;

import dltutor.check.Verdict;
import dltutor.render.Ansi;
import dltutor.render.TextWrap;
import dltutor.session.Outcome;
import dltutor.text.Messages;
import java.io.PrintStream;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;

/** How the tutor shows what happened: snippet values, compile errors, exceptions, verdicts. */
public final class Feedback {
    private final PrintStream out;
    private final Ansi ansi;
    private final IntSupplier width;
    private BooleanSupplier graded = () -> false;

    public Feedback(PrintStream out, Ansi ansi, int width) {
        this(out, ansi, () -> width);
    }

    /** With the terminal's current width, asked for every message (the window may be resized). */
    public Feedback(PrintStream out, Ansi ansi, IntSupplier width) {
        this.out = out;
        this.ansi = ansi;
        this.width = width;
    }

    /**
     * Compile errors say they are not counted only while {@code graded} holds (an open exercise or
     * quiz).
     */
    public Feedback gradedWhen(BooleanSupplier graded) {
        this.graded = graded;
        return this;
    }

    /** Shows one snippet's outcome the way jshell does, but shorter. */
    public void outcome(Outcome o) {
        outcome(o, false);
    }

    /**
     * Shows an outcome; for a demo ({@code quiet}) only what the code prints, bare expressions'
     * values and problems are shown, not every declaration or assignment.
     */
    public void outcome(Outcome o, boolean quiet) {
        if (quiet && o.ok() && o.kind() != Outcome.Kind.EXPRESSION) {
            return;
        }
        if (o.blocked() != null) {
            out.println(ansi.yellow(Messages.get("tutor.err.exit", o.blocked())));
        } else if (!o.errors().isEmpty()) {
            compileError(o);
        } else if (o.stopped()) {
            out.println(ansi.yellow(Messages.get("tutor.msg.stopped")));
        } else if (o.exception() != null) {
            Outcome.Raised r = o.exception();
            String where = r.where().isEmpty() ? "" : Messages.get("tutor.err.where", r.where());
            out.println(
                    ansi.red(
                                    Messages.get(
                                            "tutor.err.exception",
                                            r.type(),
                                            r.message() == null ? "" : ": " + r.message()))
                            + where);
        } else if (!o.unresolved().isEmpty()) {
            out.println(
                    ansi.yellow(
                            Messages.get(
                                    "tutor.msg.unresolved",
                                    declaration(o),
                                    String.join(", ", o.unresolved()))));
        } else if (o.kind() == Outcome.Kind.EXPRESSION
                || o.kind() == Outcome.Kind.VARIABLE
                || o.kind() == Outcome.Kind.ASSIGNMENT) {
            if (o.value() != null
                    && !o.value().isEmpty()) { // empty: a void call, or a value shown as nothing
                String name = o.name();
                String value = truncate(o.value());
                if (value.contains("\n")) {
                    out.println(ansi.dim(name + " ==>"));
                    out.println(value.stripTrailing());
                } else {
                    out.println(ansi.dim(name + " ==> ") + value);
                }
            }
        } else if (o.kind() == Outcome.Kind.METHOD || o.kind() == Outcome.Kind.TYPE) {
            out.println(ansi.dim(declaration(o)));
        }
    }

    /** {@code created method sq(int)}, {@code modified interface Shape}, as jshell says it. */
    private static String declaration(Outcome o) {
        String action = o.action().isEmpty() ? "created" : o.action();
        String what = o.declared().isEmpty() ? o.name() : o.declared();
        return Messages.get("tutor.msg.declared." + action, what);
    }

    private void compileError(Outcome o) {
        String src = o.source();
        for (Outcome.Diagnostic d : o.errors().subList(0, Math.min(2, o.errors().size()))) {
            out.println(ansi.red(Messages.get("tutor.err.compile", d.summary())));
            int pos = Math.max(0, Math.min(d.position(), src.length()));
            int lineStart = src.lastIndexOf('\n', Math.max(0, pos - 1)) + 1;
            if (pos > 0 && pos <= src.length() && src.charAt(pos - 1) == '\n') {
                lineStart = src.lastIndexOf('\n', pos - 2) + 1;
            }
            int lineEnd = src.indexOf('\n', lineStart);
            String line = src.substring(lineStart, lineEnd < 0 ? src.length() : lineEnd);
            int col = Math.min(pos - lineStart, line.length());
            out.println("    " + line);
            out.println("    " + " ".repeat(Math.max(0, col)) + ansi.red("^"));
        }
        if (graded.getAsBoolean()) {
            out.println(ansi.dim(Messages.get("tutor.msg.compile-not-counted")));
        }
    }

    /** Long values (big arrays) are cut, as jshell does; print them in full with System.out. */
    private static String truncate(String value) {
        int max = 400;
        return value.length() <= max
                ? value
                : value.substring(0, max) + " … (" + (value.length() - max) + " more characters)";
    }

    /** Shows the verdicts of a graded attempt. */
    public void verdicts(List<Verdict> verdicts) {
        for (Verdict v : verdicts) {
            if (v instanceof Verdict.Pass p) {
                String detail = p.detail().isEmpty() ? "" : " (" + p.detail() + ")";
                mark(ansi.green("✓"), p.check() + detail);
            } else if (v instanceof Verdict.Fail f) {
                mark(ansi.red("✗"), f.check());
                for (String line : f.message().split("\n")) {
                    TextWrap.wrap(line, width.getAsInt(), "      ", "      ").forEach(out::println);
                }
            }
        }
    }

    /** A check's name after its mark, wrapped to the width under itself. */
    private void mark(String coloured, String text) {
        List<String> lines =
                TextWrap.wrap(text, width.getAsInt(), "    ", "    "); // room for "  ✓ "
        for (int i = 0; i < lines.size(); i++) {
            out.println(i == 0 ? "  " + coloured + " " + lines.get(0).substring(4) : lines.get(i));
        }
    }

    /** A line in the tutor's voice, wrapped to the width. */
    public void say(String text) {
        for (String line : text.split("\n", -1)) {
            TextWrap.wrap(line, width.getAsInt()).forEach(out::println);
        }
    }

    /** A line as it is (tables, listings): not wrapped. */
    public void row(String text) {
        out.println(text);
    }

    /** A dim hint line. */
    public void aside(String text) {
        for (String line : text.split("\n", -1)) {
            TextWrap.wrap(line, width.getAsInt()).forEach(l -> out.println(ansi.dim(l)));
        }
    }
}
