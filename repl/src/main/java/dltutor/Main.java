package dltutor;

import dltutor.batch.ScriptRunner;
import dltutor.batch.SelfCheck;
import dltutor.console.BatchColour;
import dltutor.console.JLineConsole;
import dltutor.instructor.Instructor;
import dltutor.instructor.SubmissionGrader;
import dltutor.lesson.Lesson;
import dltutor.lesson.LessonException;
import dltutor.lesson.LessonLoader;
import dltutor.progress.ProgressStore;
import dltutor.render.Ansi;
import dltutor.render.JavaHighlighter;
import dltutor.runtime.DjlRuntime;
import dltutor.session.SessionHost;
import dltutor.session.Startup;
import dltutor.text.Messages;
import dltutor.tutor.Tutor;
import dltutor.tutor.TutorBuilder;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * The entry point: parses the arguments and wires the real parts together.
 *
 * <pre>
 *   tutor                  interactive (resumes where you were)
 *   tutor --list           the lessons with ids and status
 *   tutor --check [--seeds N] [id...]  the lesson self-check; ends "N passed, M failed"
 *   tutor --run FILE.jsh   run a script in a tutor session
 *   tutor --export FILE    write the learner's accepted exercises (instructor mode)
 *   tutor --grade SUBMISSION... [--report DIR]  grade submissions, each in a fresh JVM
 * </pre>
 */
public final class Main {

    /** How long after start-up the other lessons are parsed (the first screen comes first). */
    private static final long PARSE_DELAY_MS = 1500;

    /** Held so that its level stays set (loggers are weakly referenced). */
    private static final java.util.logging.Logger JLINE_LOG =
            java.util.logging.Logger.getLogger("org.jline");

    private Main() {}

    /** Runs the tutor; exits with its status. */
    public static void main(String[] args) {
        dltutor.runtime.StartTrace.mark("main");
        DjlRuntime.configure();
        PrintStream out =
                new PrintStream(
                        new java.io.FileOutputStream(java.io.FileDescriptor.out),
                        true,
                        StandardCharsets.UTF_8);
        int status;
        try {
            status = run(args, out, BatchColour::forStdout);
        } catch (LessonException e) {
            out.println("Lesson error: " + e.getMessage());
            status = 2;
        }
        out.flush();
        System.exit(status);
    }

    static int run(String[] args, PrintStream out) {
        return run(args, out, () -> false);
    }

    /**
     * Runs one mode.
     *
     * @param colour whether the batch modes may colour {@code out} (asked only by them)
     */
    static int run(String[] args, PrintStream out, BooleanSupplier colour) {
        Path root = Path.of(System.getProperty("dltutor.root", "."));
        Path lessonsDir = envPath("DLTUTOR_LESSONS", root.resolve("lessons"));
        Path home = envPath("DLTUTOR_HOME", Path.of(System.getProperty("user.home"), ".dltutor"));
        String mode = args.length == 0 ? "" : args[0];
        List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        switch (mode) {
            case "--help", "-h" -> {
                out.print(Messages.get("main.help"));
                return 0;
            }
            case "--list" -> {
                ProgressStore store = new ProgressStore(home);
                ProgressStore.Loaded loaded = store.peek();
                if (loaded.problem() != null) {
                    out.println(
                            Messages.get("tutor.err.list-corrupt", store.file(), loaded.problem()));
                }
                LessonLoader.Catalog catalog = new LessonLoader().catalog(lessonsDir);
                catalog.problems()
                        .forEach(
                                problem ->
                                        out.println(
                                                Messages.get("tutor.err.lesson-skipped", problem)));
                for (Lesson l : catalog.lessons()) {
                    var p = loaded.progress();
                    String state =
                            !p.has(l.id())
                                    ? "new"
                                    : p.lesson(l.id()).finished() ? "done" : "started";
                    out.printf("%-28s %-8s %s%n", l.id(), state, l.title());
                }
                return 0;
            }
            case "--check" -> {
                boolean show = rest.contains("--show");
                boolean strict = rest.contains("--strict");
                int seeds = 1;
                int at = rest.indexOf("--seeds");
                if (at >= 0) {
                    try {
                        seeds = Integer.parseInt(rest.get(at + 1));
                    } catch (IndexOutOfBoundsException | NumberFormatException e) {
                        seeds = 0;
                    }
                    if (seeds < 1) {
                        out.println("usage: tutor --check [--show] [--strict] [--seeds N] [id...]");
                        return 2;
                    }
                }
                List<String> options = new ArrayList<>(rest);
                if (at >= 0) {
                    options.subList(at, at + 2).clear();
                }
                List<String> ids =
                        options.stream()
                                .filter(a -> !a.equals("--show") && !a.equals("--strict"))
                                .toList();
                LessonLoader.Catalog catalog = new LessonLoader().catalog(lessonsDir);
                catalog.problems()
                        .forEach(
                                problem ->
                                        out.println(
                                                "FAIL "
                                                        + Messages.get(
                                                                "tutor.err.lesson-skipped",
                                                                problem)));
                List<Lesson> all = catalog.lessons();
                List<Lesson> chosen =
                        ids.isEmpty()
                                ? all
                                : all.stream()
                                        .filter(
                                                l ->
                                                        ids.stream()
                                                                .anyMatch(
                                                                        id ->
                                                                                l.id().equals(id)
                                                                                        || l.id().startsWith(
                                                                                                        id
                                                                                                                + "-")))
                                        .toList();
                if (chosen.size() < ids.size()) {
                    out.println("Unknown lesson id among " + ids + "; --list shows them.");
                    return 2;
                }
                int status =
                        new SelfCheck(out, show)
                                .colour(colour.getAsBoolean())
                                .strict(strict)
                                .seeds(seeds)
                                .run(chosen);
                return status == 0 && !catalog.problems().isEmpty() ? 1 : status;
            }
            case "--run" -> {
                if (rest.size() != 1) {
                    out.println("usage: tutor --run FILE.jsh");
                    return 2;
                }
                return ScriptRunner.run(Path.of(rest.get(0)), out, colour.getAsBoolean());
            }
            case "--export" -> {
                if (rest.size() != 1) {
                    out.println("usage: tutor --export FILE");
                    return 2;
                }
                return Instructor.export(
                        Path.of(rest.get(0)), home, new LessonLoader().loadAll(lessonsDir), out);
            }
            case "--grade" -> {
                return grade(
                        () ->
                                SubmissionGrader.main(
                                        rest,
                                        new LessonLoader().loadAll(lessonsDir),
                                        lessonsDir,
                                        out),
                        out);
            }
            case "--grade-one" -> {
                // run by --grade in a fresh JVM: FILE LESSON-IDS SKIPPED-TESTS
                if (rest.size() != 3) {
                    return 2;
                }
                return grade(
                        () ->
                                Instructor.gradeOne(
                                        Path.of(rest.get(0)),
                                        new LessonLoader().loadAll(lessonsDir),
                                        Set.of(rest.get(1).split(",")),
                                        Set.of(rest.get(2).split(",")),
                                        out),
                        out);
            }
            case "" -> {
                return interactive(lessonsDir, root.resolve("papers"), home, out);
            }
            default -> {
                out.println("Unknown option " + mode + "; try --help.");
                return 2;
            }
        }
    }

    /** Parses every lesson's body on a background thread, after the first screen is up. */
    private static void parseLater(List<Lesson> lessons) {
        Thread t =
                new Thread(
                        () -> {
                            try {
                                Thread.sleep(PARSE_DELAY_MS);
                                lessons.forEach(Lesson::body);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        },
                        "dltutor-lessons");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private static int interactive(Path lessonsDir, Path papers, Path home, PrintStream out) {
        // Front matter only: each lesson's steps are parsed when first used (the current one for
        // the first screen), and the rest in the background a little later.
        dltutor.runtime.StartTrace.mark("main: interactive");
        // The session loads the engine only once the first prompt is up (see FirstPrompt).
        dltutor.runtime.FirstPrompt.hold();
        LessonLoader.Catalog catalog = new LessonLoader().index(lessonsDir);
        dltutor.runtime.StartTrace.mark("lessons indexed");
        // A bad lesson is reported and skipped; the others stay usable.
        catalog.problems()
                .forEach(problem -> out.println(Messages.get("tutor.err.lesson-skipped", problem)));
        List<Lesson> lessons = catalog.lessons();
        TutorBuilder builder =
                new TutorBuilder().lessons(lessons).store(new ProgressStore(home)).papers(papers);
        SessionHost host = builder.host();
        Path history = privateHistory(home);
        parseLater(lessons);
        dltutor.session.Warmup.startInBackground(Startup.script(), 20, host::busy);
        JLineConsole.Hooks hooks =
                new JLineConsole.Hooks(
                        host::isComplete,
                        host::complete,
                        builder.commandCompletion(),
                        buffer -> JavaHighlighter.highlight(buffer, Ansi.of(true)),
                        history);
        dltutor.runtime.StartTrace.mark("warm-up started");
        try (JLineConsole console = JLineConsole.system(hooks)) {
            dltutor.runtime.StartTrace.mark("terminal open");
            console.onFirstPrompt(
                    () -> {
                        dltutor.runtime.StartTrace.mark("first prompt");
                        dltutor.runtime.FirstPrompt.shown();
                    });
            Tutor tutor = builder.console(console).build();
            dltutor.runtime.StartTrace.mark("tutor built");
            Thread hook = new Thread(tutor::endedAbruptly, "dltutor-exit");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                return tutor.run();
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException e) {
                    // already shutting down: the hook runs
                }
            }
        } catch (IOException e) {
            System.err.println("Cannot open the terminal: " + e.getMessage());
            return 1;
        } finally {
            host.close();
        }
    }

    /** An instructor-mode action that may fail to read or write files. */
    @FunctionalInterface
    private interface Action {
        int run() throws IOException;
    }

    private static int grade(Action action, PrintStream out) {
        try {
            return action.run();
        } catch (IOException | NumberFormatException e) {
            out.println(e.getMessage());
            return 2;
        }
    }

    /**
     * The input history file, made private (0600) like the progress; null (no history file) when
     * the home cannot be written, so that JLine does not complain after every input.
     */
    private static Path privateHistory(Path home) {
        // JLine logs a failed history write with a stack trace; our save warning says it once.
        JLINE_LOG.setLevel(java.util.logging.Level.SEVERE);
        Path file = home.resolve("history");
        try {
            dltutor.progress.Private.createDirectories(home);
            dltutor.progress.Private.file(file);
            return Files.isWritable(file) ? file : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Path envPath(String name, Path fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : Path.of(v);
    }
}
