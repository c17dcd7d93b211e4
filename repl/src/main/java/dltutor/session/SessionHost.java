package dltutor.session;

import dltutor.console.SyntaxCheck;
import dltutor.dl.FitCache;
import dltutor.dl.Runs;
import dltutor.lesson.Lesson;
import dltutor.runtime.DjlRuntime;
import dltutor.runtime.Stop;
import dltutor.runtime.ValueDisplay;
import dltutor.text.Messages;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Owns the learner's JShell session for one lesson: starts it (imports, the lesson's prelude, the
 * replayed journal) in the background so the first screen shows at once, and evaluates snippets
 * once it is ready.
 */
public final class SessionHost implements AutoCloseable {

    private static final Pattern DECLARES_TYPE =
            Pattern.compile("\\b(?:class|interface|record|enum|dltutor)\\b");
    private static final PrintStream NULL = new PrintStream(OutputStream.nullOutputStream());

    /** How long closing waits for a replay that was told to stop. */
    private static final long CLOSE_WAIT_MS = 3000;

    private Session session;
    private CompletableFuture<String> ready = CompletableFuture.completedFuture(null);
    private CompletableFuture<String> reported;
    private volatile Replay replay;
    private volatile Replay.Report replayReport;
    private String lessonId = "";
    private List<String> liveJournal = List.of();

    /** Where trained parameters are cached ({@code $DLTUTOR_HOME/cache}); null for nowhere. */
    public void cacheIn(Path dir) {
        FitCache.configure(dir);
    }

    /** Where every {@code fit} is recorded ({@code $DLTUTOR_HOME/runs.jsonl}); null for nowhere. */
    public void recordRunsIn(Path file) {
        Runs.configure(file);
    }

    /**
     * Starts a fresh session in the background, replaying {@code journal}, with no live journal.
     */
    public void start(Lesson lesson, List<String> journal) {
        start(lesson, journal, List.of());
    }

    /**
     * Starts a fresh session in the background.
     *
     * @param lesson whose prelude to run, or null for none
     * @param journal snippets to replay quietly (a resumed lesson)
     * @param live the lesson's journal as it grows, which keys the trainings of new snippets
     */
    public void start(Lesson lesson, List<String> journal, List<String> live) {
        closeSession();
        DjlRuntime.resetManager();
        Session s = new Session(DjlRuntime::initThread, Stop::request);
        s.displayValuesWith(ValueDisplay::of);
        session = s;
        lessonId = lesson == null ? "" : lesson.id();
        Runs.lesson(lessonId);
        liveJournal = live;
        Replay r = journal.isEmpty() ? null : new Replay(lessonId, journal);
        replay = r;
        replayReport = null;
        CompletableFuture<String> f = new CompletableFuture<>();
        ready = f;
        // A thread of its own: the common pool may have a single thread on a small machine.
        Thread t =
                new Thread(
                        () -> {
                            try {
                                f.complete(startUp(s, lesson, r));
                            } catch (Throwable e) {
                                f.completeExceptionally(e);
                            }
                        },
                        "dltutor-start");
        t.setDaemon(true);
        t.start();
    }

    private String startUp(Session s, Lesson lesson, Replay r) {
        dltutor.runtime.StartTrace.mark("session: start");
        String problem = firstProblem(s, Startup.script(), "startup.jsh");
        dltutor.runtime.StartTrace.mark("session: startup.jsh done");
        if (problem == null && lesson != null && !lesson.prelude().isBlank()) {
            problem = firstProblem(s, lesson.prelude(), "prelude.jsh");
        }
        dltutor.runtime.StartTrace.mark("session: prelude done");
        if (problem == null && r != null) {
            PrintStream out = System.out;
            PrintStream err = System.err;
            System.setOut(NULL);
            System.setErr(NULL);
            try {
                replayReport = r.run(s);
            } finally {
                System.setOut(out);
                System.setErr(err);
            }
        }
        return problem;
    }

    private static String firstProblem(Session s, String code, String what) {
        for (Outcome o : s.eval(code)) {
            if (!o.ok()) {
                return what + ", at `" + o.sourceLine(70) + "`: " + o.why();
            }
        }
        return null;
    }

    /** Waits until the session is ready; returns a problem description or null. */
    public String awaitReady() {
        try {
            return ready.join();
        } catch (CompletionException e) {
            return String.valueOf(e.getCause());
        }
    }

    /** The start-up problem, once, if start-up has finished with one; else null. */
    public String takeStartProblem() {
        CompletableFuture<String> r = ready;
        if (!r.isDone() || r == reported) {
            return null;
        }
        reported = r;
        return awaitReady();
    }

    /** What the replay left out, once, after it has finished; else null. */
    public Replay.Report takeReplayReport() {
        Replay.Report rep = ready.isDone() ? replayReport : null;
        replayReport = null;
        return rep;
    }

    /** The replay in progress, or null when there is none (for "restoring 12 of 36"). */
    public Replay replaying() {
        Replay r = replay;
        return r != null && !ready.isDone() ? r : null;
    }

    /** Whether start-up has finished. */
    public boolean isReady() {
        return ready.isDone();
    }

    /**
     * Runs {@code action} on a background thread once the session that is starting now is ready (at
     * once if it is); a later {@code start} does not cancel it.
     */
    public void whenReady(Runnable action) {
        ready.thenRunAsync(
                action,
                r -> {
                    Thread t = new Thread(r, "dltutor-ready");
                    t.setDaemon(true);
                    t.start();
                });
    }

    /** Evaluates learner input; output goes to the console. */
    public List<Outcome> eval(String input) {
        awaitReady();
        Stop.clear();
        Outcome refused = refuseTakenName(input);
        return refused != null ? List.of(refused) : keyed(input);
    }

    /**
     * Refuses input that declares a type whose simple name the session imports (a learner's {@code
     * class History} would make every later snippet and check fail to compile), or anything named
     * {@code dltutor} (it would hide the package checks name). Returns the refusal as a compile
     * error that points at the name, or null to go ahead.
     */
    private Outcome refuseTakenName(String input) {
        if (!DECLARES_TYPE.matcher(input).find()) {
            return null; // the common case, decided without parsing
        }
        List<String> declared = session.declarations(input);
        if (declared.isEmpty()) {
            return null;
        }
        List<String> imports = session.singleTypeImports();
        for (String d : declared) {
            String kind = d.substring(0, d.indexOf(' '));
            String name = d.substring(d.indexOf(' ') + 1);
            String message = null;
            if (kind.equals("type")) {
                message =
                        imports.stream()
                                .filter(i -> i.endsWith("." + name))
                                .findFirst()
                                .map(i -> Messages.get("tutor.err.name-taken", name, i))
                                .orElse(null);
            }
            if (name.equals("dltutor") && !kind.equals("method")) {
                message = Messages.get("tutor.err.name-taken", name, "the package dltutor");
            }
            if (message != null) {
                Matcher m = Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(input);
                int at = m.find() ? m.start() : 0;
                return new Outcome(
                        input,
                        Outcome.Kind.of(kind),
                        name,
                        null,
                        List.of(new Outcome.Diagnostic(message, at, at, at + name.length())),
                        null,
                        List.of(),
                        false,
                        null);
            }
        }
        return null;
    }

    /** Evaluates with each snippet's trainings cached under its place in the journal. */
    private List<Outcome> keyed(String input) {
        List<String> prefix = new ArrayList<>(liveJournal);
        String lesson = lessonId;
        Session s = session;
        s.beforeEachSnippet(
                src -> {
                    FitCache.enter(FitCache.key(lesson, prefix, src), false);
                    prefix.add(src);
                });
        try {
            return s.eval(input);
        } finally {
            s.beforeEachSnippet(null);
            FitCache.leave();
        }
    }

    /**
     * Evaluates a demo's code: a training that Ctrl-C stops ends the code there (see {@link
     * Stop#strict()}); {@link #wasStopped()} then says so.
     */
    public List<Outcome> evalDemo(String input) {
        Stop.setStrict(true);
        try {
            return eval(input);
        } finally {
            Stop.setStrict(false);
        }
    }

    /** Whether the learner pressed Ctrl-C during the last evaluation. */
    public boolean wasStopped() {
        return Stop.requested();
    }

    /** Evaluates with all program output discarded (checks, replays). */
    public List<Outcome> evalQuiet(String input) {
        awaitReady();
        Stop.clear();
        PrintStream out = System.out;
        PrintStream err = System.err;
        System.setOut(NULL);
        System.setErr(NULL);
        try {
            return keyed(input);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    /** The session (for completion, listings and dropping snippets). */
    public Session session() {
        awaitReady();
        return session;
    }

    /**
     * Whether Java source is complete. Never waits: while the session is busy (starting, replaying,
     * running) a syntax-only check answers, since JShell is not thread-safe.
     */
    public boolean isComplete(String source) {
        Session s = session;
        if (s == null) {
            return true;
        }
        if (busy()) {
            return SyntaxCheck.looksComplete(source);
        }
        return s.isComplete(source);
    }

    /** Completion candidates; none while the session is busy (never waits). */
    public List<String> complete(String buffer, int cursor, int[] anchor) {
        Session s = session;
        return s == null || busy() ? List.of() : s.complete(buffer, cursor, anchor);
    }

    /** Whether one of the learner's snippets runs now (not the start or a replay). */
    public boolean running() {
        Session s = session;
        return ready.isDone() && s != null && s.isRunning();
    }

    /** Whether the session is busy: starting, or running a snippet. */
    public boolean busy() {
        Session s = session;
        return !ready.isDone() || (s != null && s.isRunning());
    }

    /** Stops the running snippet; during a replay, also skips the rest of it. */
    public void stop() {
        Replay r = replaying();
        if (r != null) {
            r.cancel();
        }
        Session s = session;
        if (s != null) {
            s.stop();
        }
    }

    private void closeSession() {
        if (session != null) {
            Replay r = replaying();
            if (r != null) {
                r.cancel();
            }
            try {
                ready.get(CLOSE_WAIT_MS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                // a snippet that cannot be stopped: close anyway
            }
            session.close();
            session = null;
        }
    }

    @Override
    public void close() {
        closeSession();
        DjlRuntime.resetManager();
    }
}
