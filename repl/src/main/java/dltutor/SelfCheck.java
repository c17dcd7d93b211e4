package dltutor;

import dltutor.check.Verdict;
import dltutor.lesson.Lesson;
import dltutor.lesson.Step;
import dltutor.session.Outcome;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * The lesson self-check ({@code --check}), as rustlings' {@code dev check}: each lesson is
 * replayed in a fresh session; for every exercise the starter (or empty) answer must fail its
 * checks and the reference solution must pass them.
 */
final class SelfCheck {
    private final PrintStream out;
    private final boolean show;
    private int passed;
    private int failed;

    SelfCheck(PrintStream out) {
        this(out, false);
    }

    /**
     * @param show whether demos print their output and their time (for authors measuring the
     *     numbers a lesson states)
     */
    SelfCheck(PrintStream out, boolean show) {
        this.out = out;
        this.show = show;
    }

    /** Checks the lessons; returns the process exit status. */
    int run(List<Lesson> lessons) {
        for (Lesson lesson : lessons) {
            checkLesson(lesson);
        }
        out.println(passed + " passed, " + failed + " failed");
        return failed == 0 ? 0 : 1;
    }

    private void checkLesson(Lesson lesson) {
        long start = System.nanoTime();
        try (SessionHost host = new SessionHost()) {
            host.start(lesson, List.of());
            String problem = host.awaitReady();
            Grader grader = new Grader(host);
            for (Step step : lesson.steps()) {
                if (problem != null) {
                    break;
                }
                if (step instanceof Step.Demo demo) {
                    long demoStart = System.nanoTime();
                    for (String code : demo.code()) {
                        problem = firstFailure(show ? host.eval(code) : host.evalQuiet(code), "demo " + demo.id());
                        if (problem != null) {
                            break;
                        }
                    }
                    if (show) {
                        out.printf(Locale.ROOT, "---- %s/%s: %.1f s%n", lesson.id(), demo.id(), seconds(demoStart));
                    }
                } else if (step instanceof Step.Exercise ex) {
                    checkExercise(lesson, ex, host, grader);
                }
            }
            report(problem == null, lesson.id() + "/(prelude, demos)", problem == null
                    ? String.format(Locale.ROOT, "run (%.1f s in all)", seconds(start)) : problem);
        }
    }

    private void checkExercise(Lesson lesson, Step.Exercise ex, SessionHost host, Grader grader) {
        long start = System.nanoTime();
        String name = lesson.id() + "/" + ex.id();
        if (!ex.starter().isEmpty()) {
            String problem = firstFailure(host.evalQuiet(ex.starter()), "starter");
            if (problem != null) {
                report(false, name, "the starter must compile and run: " + problem);
                host.evalQuiet(ex.solution());
                return;
            }
        }
        Grader.Graded before = grader.grade(ex);
        String problem = firstFailure(host.evalQuiet(ex.solution()), "reference solution");
        Grader.Graded after = grader.grade(ex);
        if (before.passed()) {
            report(false, name, "the " + (ex.starter().isEmpty() ? "empty answer" : "starter")
                    + " passes the checks; they cannot tell a wrong answer");
        } else if (problem != null) {
            report(false, name, problem);
        } else if (!after.passed()) {
            report(false, name, "the reference fails: " + message(after.firstFailure()));
        } else {
            report(true, name, String.format(Locale.ROOT, "reference passes, %s fails (%.1f s): %s",
                    ex.starter().isEmpty() ? "empty answer" : "starter", seconds(start),
                    shorten(message(before.firstFailure()))));
        }
    }

    private static String firstFailure(List<Outcome> outcomes, String what) {
        for (Outcome o : outcomes) {
            if (!o.ok()) {
                return what + " failed at `" + o.sourceLine(90) + "`: " + o.why();
            }
        }
        return null;
    }

    private static String message(Verdict v) {
        return v instanceof Verdict.Fail f ? f.check() + ": " + f.message() : "";
    }

    private static String shorten(String s) {
        String one = s.strip().replaceAll("\\s+", " ");
        return one.length() > 90 ? one.substring(0, 87) + "…" : one;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private void report(boolean ok, String name, String detail) {
        if (ok) {
            passed++;
        } else {
            failed++;
        }
        out.printf(Locale.ROOT, "%-4s %-42s %s%n", ok ? "ok" : "FAIL", name, detail);
        out.flush();
    }
}
