package dltutor;

import dltutor.dl.DjlRuntime;
import dltutor.dl.Stop;
import dltutor.lesson.Lesson;
import dltutor.session.Outcome;
import dltutor.session.Session;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Owns the learner's JShell session for one lesson: starts it (imports, the lesson's prelude,
 * the replayed journal) in the background so the first screen shows at once, and evaluates
 * snippets once it is ready.
 */
final class SessionHost implements AutoCloseable {
    /** What every session imports; lessons and checks rely on these names. */
    static final String IMPORTS = String.join("\n",
            "import java.util.*;",
            "import java.util.function.*;",
            "import java.util.stream.*;",
            "import java.io.*;",
            "import java.nio.file.*;",
            "import ai.djl.Device;",
            "import ai.djl.Model;",
            "import ai.djl.engine.Engine;",
            "import ai.djl.ndarray.*;",
            "import ai.djl.ndarray.types.*;",
            "import ai.djl.ndarray.index.*;",
            "import ai.djl.nn.*;",
            "import ai.djl.nn.core.*;",
            "import ai.djl.training.*;",
            "import ai.djl.training.loss.*;",
            "import ai.djl.training.optimizer.*;",
            "import ai.djl.training.initializer.*;",
            "import dltutor.check.Expect;",
            "import dltutor.dl.Points;",
            "import dltutor.dl.History;",
            "import dltutor.dl.FitConfig;",
            "import dltutor.dl.SequenceCrossEntropyLoss;",
            "import dltutor.render.ColorMode;",
            "import ai.djl.training.dataset.*;",
            "import dltutor.data.Split;",
            "import dltutor.data.FashionMnist;",
            "import dltutor.data.Sotu;",
            "import dltutor.data.FirstNames;",
            "import dltutor.data.SequencePairs;",
            "import dltutor.data.ShapeImages;",
            "import dltutor.data.CharTokenizer;",
            "import dltutor.data.WordTokenizer;",
            "import dltutor.data.DatasetException;",
            "import static dltutor.dl.Toolkit.*;");

    private static final PrintStream NULL = new PrintStream(OutputStream.nullOutputStream());

    private Session session;
    private CompletableFuture<String> ready = CompletableFuture.completedFuture(null);
    private CompletableFuture<String> reported;

    /**
     * Starts a fresh session in the background.
     *
     * @param lesson whose prelude to run, or null for none
     * @param journal snippets to replay quietly (a resumed lesson)
     */
    void start(Lesson lesson, List<String> journal) {
        closeSession();
        DjlRuntime.resetManager();
        Session s = new Session(DjlRuntime::initThread, Stop::request);
        session = s;
        ready = CompletableFuture.supplyAsync(() -> {
            String problem = firstProblem(s, IMPORTS, "imports");
            if (problem == null && lesson != null && !lesson.prelude().isBlank()) {
                problem = firstProblem(s, lesson.prelude(), "prelude.jsh");
            }
            if (problem == null) {
                PrintStream out = System.out;
                System.setOut(NULL);
                try {
                    for (String snippet : journal) {
                        s.eval(snippet); // a snippet that no longer works is simply left out
                    }
                } finally {
                    System.setOut(out);
                }
            }
            return problem;
        });
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
    String awaitReady() {
        try {
            return ready.join();
        } catch (CompletionException e) {
            return String.valueOf(e.getCause());
        }
    }

    /** The start-up problem, once, if start-up has finished with one; else null. */
    String takeStartProblem() {
        CompletableFuture<String> r = ready;
        if (!r.isDone() || r == reported) {
            return null;
        }
        reported = r;
        return awaitReady();
    }

    /** Whether start-up has finished. */
    boolean isReady() {
        return ready.isDone();
    }

    /** Evaluates learner input; output goes to the console. */
    List<Outcome> eval(String input) {
        awaitReady();
        Stop.clear();
        return session.eval(input);
    }

    /**
     * Evaluates a demo's code: a training that Ctrl-C stops ends the code there (see
     * {@link Stop#strict()}); {@link #wasStopped()} then says so.
     */
    List<Outcome> evalDemo(String input) {
        Stop.setStrict(true);
        try {
            return eval(input);
        } finally {
            Stop.setStrict(false);
        }
    }

    /** Whether the learner pressed Ctrl-C during the last evaluation. */
    boolean wasStopped() {
        return Stop.requested();
    }

    /** Evaluates with all program output discarded (checks, replays). */
    List<Outcome> evalQuiet(String input) {
        awaitReady();
        Stop.clear();
        PrintStream out = System.out;
        PrintStream err = System.err;
        System.setOut(NULL);
        System.setErr(NULL);
        try {
            return session.eval(input);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    /** The session (for completion, listings and dropping snippets). */
    Session session() {
        awaitReady();
        return session;
    }

    /** Whether Java source is complete; usable before the session is ready. */
    boolean isComplete(String source) {
        awaitReady(); // JShell is not thread-safe: wait for start-up to finish
        Session s = session;
        return s == null || s.isComplete(source);
    }

    /** Whether the session is busy: starting, or running a snippet. */
    boolean busy() {
        Session s = session;
        return !ready.isDone() || (s != null && s.isRunning());
    }

    /** Stops the running snippet. */
    void stop() {
        Session s = session;
        if (s != null) {
            s.stop();
        }
    }

    private void closeSession() {
        if (session != null) {
            awaitReady();
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
