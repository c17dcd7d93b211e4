package dltutor.batch;

import dltutor.check.Verdict;
import dltutor.dl.Runs;
import dltutor.lesson.Lesson;
import dltutor.lesson.Step;
import dltutor.render.Ansi;
import dltutor.session.Outcome;
import dltutor.session.SessionHost;
import dltutor.tutor.Grader;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * The lesson self-check ({@code --check}), as rustlings' {@code dev check} extended into mutation
 * testing: each lesson is replayed in a fresh session; for every exercise the starter (or empty)
 * answer and every {@code java wrong} answer must fail its checks, and every {@code java
 * alternative} answer and the reference solution must pass them. Each wrong or alternative answer
 * is taken back (its snippets dropped) before the next one runs. Quizzes are validated too: the key
 * is accepted and a wrong answer rejected. Checks must name toolkit and check types fully qualified
 * ({@link CheckLint}).
 */
public final class SelfCheck {
    private final PrintStream out;
    private final boolean show;
    private Ansi ansi = Ansi.of(false);
    private int passed;
    private int failed;
    private int wrongsRejected;
    private int alternativesAccepted;
    private int belowRule;
    private boolean strict;
    private int seeds = 1;
    private final Random seedSource = new Random();

    /**
     * @param show whether demos print their output and their time (for authors measuring the
     *     numbers a lesson states)
     */
    public SelfCheck(PrintStream out, boolean show) {
        this.out = out;
        this.show = show;
    }

    /** Colours "ok" and "FAIL" (when the output is a terminal that shows colour). */
    public SelfCheck colour(boolean value) {
        ansi = Ansi.of(value);
        return this;
    }

    /**
     * Makes an exercise with fewer than {@value #MIN_WRONG} wrong answers or no alternative a
     * failure (otherwise it is counted and noted).
     */
    public SelfCheck strict(boolean value) {
        this.strict = value;
        return this;
    }

    /**
     * Grades the reference, each wrong answer and each alternative {@code count} times, each time
     * with a new random seed, instead of once: a check whose random inputs can hide a mistake lets
     * a wrong answer through only for some seeds, so one grading per run shows up as a rare,
     * unreproducible CI failure. A failure names the seed to replay.
     */
    public SelfCheck seeds(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("--seeds needs a count of at least 1");
        }
        this.seeds = count;
        return this;
    }

    /** The rule every exercise follows: at least this many {@code java wrong} answers. */
    static final int MIN_WRONG = 3;

    /** Checks the lessons; returns the process exit status. */
    public int run(List<Lesson> lessons) {
        for (Lesson lesson : lessons) {
            checkLesson(lesson);
        }
        out.println(
                wrongsRejected
                        + " wrong answers rejected, "
                        + alternativesAccepted
                        + " alternatives accepted"
                        + (seeds > 1 ? " (each graded with " + seeds + " seeds)" : "")
                        + (belowRule == 0
                                ? ""
                                : "; "
                                        + belowRule
                                        + " exercises below the rule (≥ "
                                        + MIN_WRONG
                                        + " wrong, ≥ 1 alternative)"));
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
                        problem =
                                firstFailure(
                                        show ? host.eval(code) : host.evalQuiet(code),
                                        "demo " + demo.id());
                        if (problem != null) {
                            break;
                        }
                    }
                    if (show) {
                        out.printf(
                                Locale.ROOT,
                                "---- %s/%s: %.1f s%n",
                                lesson.id(),
                                demo.id(),
                                seconds(demoStart));
                    }
                } else if (step instanceof Step.Exercise ex) {
                    checkExercise(lesson, ex, host, grader);
                } else if (step instanceof Step.Quiz quiz) {
                    checkQuiz(lesson, quiz);
                }
            }
            report(
                    problem == null,
                    lesson.id() + "/(prelude, demos)",
                    problem == null
                            ? String.format(
                                    Locale.ROOT,
                                    "run (%.1f s in all%s)",
                                    seconds(start),
                                    fitSummary(lesson.id()))
                            : problem);
        }
    }

    /**
     * What the {@code fit} runs of the lesson's self-check (its demos', and any its checks start)
     * computed, e.g. {@code "; fit: 3 runs, 41.2 GFLOP in 6.0 s, 6.9 GFLOP/s"} (from the run
     * record, {@link Runs}), or "" when there were none: {@code scripts/bench} sets the rate
     * against the machine's matmul peak.
     */
    static String fitSummary(String lessonId) {
        List<Runs.Run> runs = Runs.all().stream().filter(r -> r.lesson().equals(lessonId)).toList();
        if (runs.isEmpty()) {
            return "";
        }
        double flops = runs.stream().mapToDouble(Runs.Run::flops).sum();
        double secs = runs.stream().mapToDouble(Runs.Run::seconds).sum();
        return String.format(
                Locale.ROOT,
                "; fit: %d run%s, %.1f GFLOP in %.1f s, %.1f GFLOP/s",
                runs.size(),
                runs.size() == 1 ? "" : "s",
                flops / 1e9,
                secs,
                secs > 0 ? flops / 1e9 / secs : 0.0);
    }

    private void checkExercise(Lesson lesson, Step.Exercise ex, SessionHost host, Grader grader) {
        long start = System.nanoTime();
        String name = lesson.id() + "/" + ex.id();
        String lint =
                CheckLint.problems(
                        ex,
                        lesson.prelude()
                                + "\n"
                                + lesson.exercises().stream()
                                        .map(Step.Exercise::solution)
                                        .collect(Collectors.joining("\n")));
        if (lint != null) {
            report(false, name, lint);
            host.evalQuiet(ex.solution());
            return;
        }
        String variants = checkVariants(ex, host, grader);
        if (variants != null) {
            report(false, name, variants);
            host.evalQuiet(ex.starter());
            host.evalQuiet(ex.solution());
            return;
        }
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
        String unstable = after.passed() ? disagreement(grader, ex, true, seeds - 1) : null;
        if (before.passed()) {
            report(
                    false,
                    name,
                    "the "
                            + (ex.starter().isEmpty() ? "empty answer" : "starter")
                            + " passes the checks; they cannot tell a wrong answer");
        } else if (problem != null) {
            report(false, name, problem);
        } else if (!after.passed()) {
            report(false, name, "the reference fails: " + message(after.firstFailure()));
        } else if (unstable != null) {
            report(false, name, "the reference " + unstable);
        } else if (strict && (ex.wrongs().size() < MIN_WRONG || ex.alternatives().isEmpty())) {
            report(
                    false,
                    name,
                    "has "
                            + ex.wrongs().size()
                            + " wrong answers and "
                            + ex.alternatives().size()
                            + " alternatives; the rule is ≥ "
                            + MIN_WRONG
                            + " and ≥ 1");
        } else {
            if (ex.wrongs().size() < MIN_WRONG || ex.alternatives().isEmpty()) {
                belowRule++;
            }
            wrongsRejected += ex.wrongs().size();
            alternativesAccepted += ex.alternatives().size();
            String counts =
                    ex.wrongs().isEmpty() && ex.alternatives().isEmpty()
                            ? ""
                            : String.format(
                                    Locale.ROOT,
                                    ", %d wrong rejected, %d alternative accepted",
                                    ex.wrongs().size(),
                                    ex.alternatives().size());
            report(
                    true,
                    name,
                    String.format(
                            Locale.ROOT,
                            "reference passes, %s fails%s (%.1f s): %s",
                            ex.starter().isEmpty() ? "empty answer" : "starter",
                            counts,
                            seconds(start),
                            shorten(message(before.firstFailure()))));
        }
    }

    /**
     * Replays each wrong answer (must fail) and each alternative (must pass), taking each back
     * afterwards; returns the first problem, or null.
     */
    private String checkVariants(Step.Exercise ex, SessionHost host, Grader grader) {
        for (Step.Variant v : ex.wrongs()) {
            String problem = tryVariant(ex, v, host, grader, false);
            if (problem != null) {
                return problem;
            }
        }
        for (Step.Variant v : ex.alternatives()) {
            String problem = tryVariant(ex, v, host, grader, true);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private String tryVariant(
            Step.Exercise ex, Step.Variant v, SessionHost host, Grader grader, boolean mustPass) {
        List<String> before = host.session().activeIds();
        try {
            List<Outcome> outcomes = host.evalQuiet(v.code());
            String problem = firstFailure(outcomes, "");
            String what =
                    (mustPass ? "the alternative '" : "the wrong answer '")
                            + v.description()
                            + "' (lesson.md:"
                            + v.line()
                            + ")";
            if (mustPass && problem != null) {
                return what + " does not run:" + problem;
            }
            if (!mustPass && outcomes.stream().anyMatch(o -> !o.errors().isEmpty())) {
                return what
                        + " does not compile (a wrong answer must compile to test the checks):"
                        + problem;
            }
            String wrongOutcome = disagreement(grader, ex, mustPass, seeds);
            return wrongOutcome == null ? null : what + " " + wrongOutcome;
        } finally {
            for (String id : host.session().activeIds()) {
                if (!before.contains(id)) {
                    host.session().drop(id);
                }
            }
        }
    }

    /**
     * Grades {@code ex} {@code times} times (with a new seed each time when {@link #seeds(int)} is
     * above 1); returns the first outcome that is not the one wanted ("fails: …" or "passes the
     * checks"), or null.
     */
    private String disagreement(Grader grader, Step.Exercise ex, boolean mustPass, int times) {
        try {
            for (int i = 0; i < times; i++) {
                long seed = seedSource.nextInt(1_000_000);
                if (seeds > 1) {
                    grader.replaySeed(seed);
                }
                Grader.Graded g = grader.grade(ex);
                if (g.passed() != mustPass) {
                    return mustPass
                            ? "fails: " + message(g.firstFailure())
                            : "passes the checks" + (seeds > 1 ? " (seed " + seed + ")" : "");
                }
            }
            return null;
        } finally {
            grader.freshSeeds();
        }
    }

    /** A quiz's key must be accepted and a wrong answer rejected. */
    private void checkQuiz(Lesson lesson, Step.Quiz quiz) {
        String name = lesson.id() + "/" + quiz.id();
        String key;
        String wrong;
        if (quiz.answer() instanceof Step.Choice c) {
            key = Integer.toString(c.index());
            wrong = Integer.toString(c.index() == 1 ? 2 : 1);
        } else {
            Step.Numeric n = (Step.Numeric) quiz.answer();
            key = Double.toString(n.value());
            wrong =
                    Double.toString(
                            n.value()
                                    + 2 * n.tolerance()
                                    + Math.max(1e-9, Math.abs(n.value()) * 0.1));
        }
        if (!quiz.answer().accepts(key)) {
            report(false, name, "the key " + key + " is not accepted");
        } else if (quiz.answer().accepts(wrong)) {
            report(false, name, "the wrong answer " + wrong + " is accepted");
        } else if (quiz.answer() instanceof Step.Choice && quiz.options().size() < 2) {
            report(false, name, "a choice question needs at least two options");
        } else {
            report(true, name, "key " + key + " accepted, " + wrong + " rejected");
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
        String mark = String.format(Locale.ROOT, "%-4s", ok ? "ok" : "FAIL");
        out.printf(
                Locale.ROOT, "%s %-42s %s%n", ok ? ansi.green(mark) : ansi.red(mark), name, detail);
        out.flush();
    }
}
