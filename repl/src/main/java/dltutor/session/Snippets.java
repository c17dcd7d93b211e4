package dltutor.session;

import java.util.List;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.EvalException;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.ImportSnippet;
import jdk.jshell.MethodSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.TypeDeclSnippet;
import jdk.jshell.VarSnippet;

/** What jshell's snippets and events mean for an {@link Outcome}: kind, name, action, exception. */
final class Snippets {
    private Snippets() {}

    /**
     * What a declaration did, in jshell's words: {@code created}, {@code modified} (the same
     * signature, a new body) or {@code replaced} (a new signature). With local execution every
     * snippet gets a fresh class, so JShell's own {@code isSignatureChange} is always true here;
     * the overwritten snippet's signature is compared instead.
     */
    static String action(SnippetEvent main, List<SnippetEvent> events) {
        if (!main.previousStatus().isActive()) {
            return "created";
        }
        Snippet now = main.snippet();
        return events.stream()
                .filter(e -> e.causeSnippet() == now && e.status() == Snippet.Status.OVERWRITTEN)
                .map(SnippetEvent::snippet)
                .filter(old -> !signature(old).equals(signature(now)))
                .findFirst()
                .map(old -> "replaced")
                .orElse("modified");
    }

    private static String signature(Snippet s) {
        if (s instanceof MethodSnippet m) {
            return m.signature();
        }
        if (s instanceof VarSnippet v) {
            return v.typeName();
        }
        return s.subKind().name();
    }

    /** A declaration as jshell names it: {@code method sq(int)}, {@code interface Shape}, … */
    static String describe(Snippet s) {
        if (s instanceof MethodSnippet m) {
            return "method " + m.name() + "(" + m.parameterTypes() + ")";
        }
        if (s instanceof TypeDeclSnippet t) {
            String kind =
                    switch (t.subKind()) {
                        case INTERFACE_SUBKIND -> "interface";
                        case ENUM_SUBKIND -> "enum";
                        case ANNOTATION_TYPE_SUBKIND -> "annotation interface";
                        case RECORD_SUBKIND -> "record";
                        default -> "class";
                    };
            return kind + " " + t.name();
        }
        if (s instanceof VarSnippet v) {
            return "variable " + v.name();
        }
        return s instanceof DeclarationSnippet d ? d.name() : "";
    }

    static Outcome.Raised raised(EvalException ee) {
        String where = "";
        for (StackTraceElement el : ee.getStackTrace()) {
            if (el.getFileName() != null && el.getFileName().startsWith("#")) {
                where =
                        el.getMethodName()
                                + " ("
                                + el.getFileName()
                                + ":"
                                + el.getLineNumber()
                                + ")";
                break;
            }
        }
        String type = ee.getExceptionClassName();
        type = type.substring(type.lastIndexOf('.') + 1);
        return new Outcome.Raised(type, ee.getMessage(), where);
    }

    static Outcome.Kind kindOf(Snippet s) {
        if (s instanceof VarSnippet) {
            return s.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND
                    ? Outcome.Kind.EXPRESSION
                    : Outcome.Kind.VARIABLE;
        }
        if (s instanceof MethodSnippet) {
            return Outcome.Kind.METHOD;
        }
        if (s instanceof TypeDeclSnippet) {
            return Outcome.Kind.TYPE;
        }
        if (s instanceof ImportSnippet) {
            return Outcome.Kind.IMPORT;
        }
        if (s instanceof ExpressionSnippet) {
            return s.subKind() == Snippet.SubKind.ASSIGNMENT_SUBKIND
                    ? Outcome.Kind.ASSIGNMENT
                    : Outcome.Kind.EXPRESSION;
        }
        return Outcome.Kind.STATEMENT;
    }

    static String nameOf(Snippet s) {
        if (s instanceof DeclarationSnippet d) {
            return d.name();
        }
        if (s instanceof ExpressionSnippet e) {
            return e.name();
        }
        if (s instanceof ImportSnippet i) {
            return i.fullname();
        }
        return "";
    }
}
