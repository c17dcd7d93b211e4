package dltutor.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.ImportSnippet;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.TypeDeclSnippet;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * A JShell session whose snippets run in this JVM on one dedicated thread. Thread-safety: one
 * caller at a time evaluates; {@link #stop()} may be called from any thread.
 */
public final class Session implements AutoCloseable {
    /** How snippets are compiled (the warm-up compiles its snippets the same way). */
    static final String[] COMPILER_OPTIONS = {"-Xlint:none", "-proc:none"};

    private final SessionExecutionControl control;
    private final JShell shell;
    private volatile Consumer<String> beforeEach = source -> {};

    /**
     * Starts a session.
     *
     * @param threadInit runs once on each session thread before any snippet (e.g. to turn the
     *     engine's grad mode off)
     * @param onStop runs when the learner stops a snippet (e.g. to raise the toolkit's stop flag)
     */
    public Session(Runnable threadInit, Runnable onStop) {
        this.control = new SessionExecutionControl(threadInit, onStop);
        ExecutionControlProvider provider =
                new ExecutionControlProvider() {
                    @Override
                    public String name() {
                        return "dltutor";
                    }

                    @Override
                    public ExecutionControl generate(
                            ExecutionEnv env, Map<String, String> parameters) {
                        return control;
                    }
                };
        this.shell =
                JShell.builder()
                        .executionEngine(provider, Map.of())
                        .compilerOptions(COMPILER_OPTIONS)
                        .build();
    }

    /**
     * Sets how values are shown: {@code display} returns the text for a value, or null for jshell's
     * own ({@code toString}, strings quoted); an empty text shows nothing. It runs on the session
     * thread, where the learner's objects live.
     */
    public void displayValuesWith(Function<Object, String> display) {
        control.displayValuesWith(display);
    }

    /** Whether one of the learner's snippets is running now. */
    public boolean isRunning() {
        return control.isRunning();
    }

    /**
     * Sets what runs just before each snippet of an input is evaluated, given the snippet's own
     * source (an input may hold several); null for nothing.
     */
    public void beforeEachSnippet(Consumer<String> hook) {
        beforeEach = hook == null ? source -> {} : hook;
    }

    /** Evaluates input that may hold several snippets; stops at the first that fails. */
    public List<Outcome> eval(String input) {
        control.newInput(); // a stop belongs to the input it was asked for
        List<Outcome> outcomes = new ArrayList<>();
        SourceCodeAnalysis sca = shell.sourceCodeAnalysis();
        String rest = input;
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = sca.analyzeCompletion(rest);
            String source =
                    info.completeness() == SourceCodeAnalysis.Completeness.EMPTY
                            ? ""
                            : info.source();
            if (source == null || !info.completeness().isComplete()) {
                source = rest; // let the compiler say what is missing
                rest = "";
            } else {
                rest = info.remaining();
            }
            if (source.isBlank()) {
                break;
            }
            beforeEach.accept(source);
            Outcome outcome = evalOne(source);
            outcomes.add(outcome);
            if (!outcome.ok()) {
                break;
            }
        }
        return outcomes;
    }

    private Outcome evalOne(String source) {
        List<SnippetEvent> events = shell.eval(source);
        SnippetEvent main =
                events.stream()
                        .filter(e -> e.causeSnippet() == null)
                        .findFirst()
                        .orElse(events.isEmpty() ? null : events.get(0));
        if (main == null) {
            return new Outcome(
                    source,
                    Outcome.Kind.STATEMENT,
                    "",
                    null,
                    List.of(),
                    null,
                    List.of(),
                    false,
                    null);
        }
        Snippet snippet = main.snippet();
        List<Outcome.Diagnostic> errors =
                shell.diagnostics(snippet)
                        .filter(Diag::isError)
                        .map(
                                d ->
                                        new Outcome.Diagnostic(
                                                d.getMessage(Locale.ROOT),
                                                (int) d.getStartPosition(),
                                                (int) d.getPosition(),
                                                (int) d.getEndPosition()))
                        .toList();
        String blocked = null;
        Outcome.Raised raised = null;
        boolean stopped = false;
        JShellException ex = main.exception();
        if (ex != null) {
            if (ex instanceof EvalException ee) {
                raised = Snippets.raised(ee);
            } else if (ex.getMessage() != null && ex.getMessage().contains("stopped")) {
                stopped = true;
            } else {
                raised = new Outcome.Raised(ex.getClass().getSimpleName(), ex.getMessage(), "");
            }
        }
        if (main.status() == Snippet.Status.REJECTED && errors.isEmpty()) {
            errors = List.of(new Outcome.Diagnostic("this snippet could not be compiled", 0, 0, 0));
        }
        List<String> unresolved =
                main.status() == Snippet.Status.RECOVERABLE_DEFINED
                                || main.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED
                        ? unresolvedOf(snippet)
                        : List.of();
        String value = main.value();
        stopped |= control.takeStopped();
        blocked = control.takeBlocked();
        if (blocked != null) {
            shell.drop(snippet);
            errors = List.of();
            raised = null;
            unresolved = List.of();
            stopped = false;
        }
        boolean declared =
                errors.isEmpty() && blocked == null && snippet instanceof DeclarationSnippet;
        return new Outcome(
                source,
                Snippets.kindOf(snippet),
                Snippets.nameOf(snippet),
                value,
                errors,
                raised,
                unresolved,
                stopped,
                blocked,
                declared ? Snippets.action(main, events) : "",
                declared ? Snippets.describe(snippet) : "");
    }

    private List<String> unresolvedOf(Snippet snippet) {
        if (snippet instanceof DeclarationSnippet d) {
            return shell.unresolvedDependencies(d).toList();
        }
        return List.of();
    }

    /** Whether {@code input} is a complete snippet (or several), so Enter should run it. */
    public boolean isComplete(String input) {
        String rest = input;
        SourceCodeAnalysis sca = shell.sourceCodeAnalysis();
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = sca.analyzeCompletion(rest);
            switch (info.completeness()) {
                case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE:
                    return false;
                case EMPTY:
                    return true;
                default:
                    rest = info.remaining();
            }
        }
        return true;
    }

    /**
     * Completion candidates for {@code input} at {@code cursor}; {@code anchor[0]} gets the start.
     */
    public List<String> complete(String input, int cursor, int[] anchor) {
        return shell.sourceCodeAnalysis().completionSuggestions(input, cursor, anchor).stream()
                .map(SourceCodeAnalysis.Suggestion::continuation)
                .distinct()
                .toList();
    }

    /** Stops the running snippet, if any. */
    public void stop() {
        shell.stop();
    }

    /** The active variables as {@code type name = value}. */
    public List<String> variables() {
        return shell.variables()
                .filter(v -> shell.status(v).isActive())
                .map(v -> v.typeName() + " " + v.name() + " = " + shell.varValue(v))
                .toList();
    }

    /** The active methods as {@code name(signature) returnType}. */
    public List<String> methods() {
        return shell.methods()
                .filter(m -> shell.status(m).isActive())
                .map(
                        m ->
                                m.name()
                                        + m.signature()
                                                .replaceFirst("\\)(.*)", ")$1")
                                                .replaceFirst("^\\(", "(")
                                                .replaceAll("\\)([^)]*)$", ") → $1"))
                .toList();
    }

    /** The active type declarations. */
    public List<String> types() {
        return shell.types()
                .filter(t -> shell.status(t).isActive())
                .map(TypeDeclSnippet::name)
                .toList();
    }

    /** The active imports. */
    public List<String> imports() {
        return shell.imports()
                .filter(i -> shell.status(i).isActive())
                .map(i -> (i.isStatic() ? "import static " : "import ") + i.fullname())
                .toList();
    }

    /** Active snippets as {@code id: source}, in order. */
    public List<String> listing() {
        return shell.snippets()
                .filter(s -> shell.status(s).isActive())
                .map(s -> s.id() + ": " + s.source().strip())
                .toList();
    }

    /**
     * The declarations {@code input} would make, as {@code kind name} ({@code type Points}, {@code
     * variable x}, {@code method f}), found without compiling or running it.
     */
    public List<String> declarations(String input) {
        List<String> out = new ArrayList<>();
        SourceCodeAnalysis sca = shell.sourceCodeAnalysis();
        String rest = input;
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = sca.analyzeCompletion(rest);
            if (!info.completeness().isComplete() || info.source() == null) {
                break;
            }
            for (Snippet s : sca.sourceToSnippets(info.source())) {
                if (s instanceof DeclarationSnippet d) {
                    out.add(Snippets.kindOf(s).word() + " " + d.name());
                }
            }
            rest = info.remaining();
        }
        return out;
    }

    /**
     * The fully qualified names of the types the session imports one by one ({@code import
     * a.b.C;}).
     */
    public List<String> singleTypeImports() {
        return shell.imports()
                .filter(
                        i ->
                                shell.status(i).isActive()
                                        && !i.isStatic()
                                        && !i.fullname().endsWith(".*"))
                .map(ImportSnippet::fullname)
                .toList();
    }

    /** The ids of the active snippets, in order. */
    public List<String> activeIds() {
        return active().map(Snippet::id).toList();
    }

    /** The source of the active snippet with this id or declared name, if any. */
    public String sourceOf(String idOrName) {
        return active().filter(s -> matches(s, idOrName))
                .map(Snippet::source)
                .reduce((a, b) -> b)
                .orElse(null);
    }

    /** The declared names of the active snippets with this id or declared name. */
    public List<String> declaredNames(String idOrName) {
        return active().filter(s -> matches(s, idOrName))
                .filter(s -> s instanceof DeclarationSnippet)
                .map(s -> ((DeclarationSnippet) s).name())
                .distinct()
                .toList();
    }

    /** Drops the active snippets with this id or declared name; returns how many. */
    public int drop(String idOrName) {
        List<Snippet> hits = active().filter(s -> matches(s, idOrName)).toList();
        hits.forEach(shell::drop);
        return hits.size();
    }

    private Stream<Snippet> active() {
        return shell.snippets().filter(s -> shell.status(s).isActive());
    }

    private static boolean matches(Snippet s, String idOrName) {
        return s.id().equals(idOrName)
                || (s instanceof DeclarationSnippet d && d.name().equals(idOrName));
    }

    /** Drops every snippet whose source is exactly {@code source} (used to clean up checks). */
    public void dropSource(String source) {
        active().filter(s -> s.source().equals(source)).toList().forEach(shell::drop);
    }

    @Override
    public void close() {
        shell.close();
    }
}
