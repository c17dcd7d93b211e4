package dltutor.tutor;

import dltutor.check.Verdict;
import dltutor.console.Console;
import dltutor.lesson.Step;
import dltutor.progress.Progress;
import dltutor.render.Ansi;
import dltutor.render.JavaHighlighter;
import dltutor.render.MarkdownRenderer;
import dltutor.session.Outcome;
import dltutor.session.SessionHost;
import dltutor.text.Messages;
import java.util.List;

/** Exercises and quizzes: introducing them, grading, hints, the solution, skipping. */
final class ExerciseCoach {
    private final Cursor cursor;
    private final SessionHost host;
    private final Feedback feedback;
    private final Ansi ansi;
    private final Console console;
    private final Grader grader;
    private String starterFor;
    private int journalMark;

    ExerciseCoach(Cursor cursor, SessionHost host, Feedback feedback, Ansi ansi, Console console) {
        this.cursor = cursor;
        this.host = host;
        this.feedback = feedback;
        this.ansi = ansi;
        this.console = console;
        this.grader = new Grader(host);
    }

    private Progress.ExerciseProgress counters() {
        return cursor.record().exercise(cursor.step().id());
    }

    private boolean done() {
        return cursor.done();
    }

    void introduce(Step s) {
        if (done()) {
            feedback.aside(Messages.get("tutor.msg.already-done"));
            return;
        }
        if (s instanceof Step.Exercise ex) {
            journalMark = cursor.record().journal().size();
            feedback.aside(Messages.get("tutor.msg.exercise-howto"));
            if (!ex.starter().isEmpty() && counters().attempts() == 0) {
                starterFor = ex.id();
            }
        } else if (s instanceof Step.Quiz q) {
            feedback.aside(
                    Messages.get(
                            q.options().isEmpty()
                                    ? "tutor.msg.quiz-numeric"
                                    : "tutor.msg.quiz-choice"));
        }
    }

    /** The starter code to pre-fill, once, at a real terminal. */
    String takeStarter(boolean interactive) {
        Step s = cursor.step();
        if (!interactive
                || starterFor == null
                || !starterFor.equals(s.id())
                || !(s instanceof Step.Exercise ex)) {
            return "";
        }
        starterFor = null;
        return ex.starter();
    }

    /** A bare number typed at a quiz is the learner's answer; words get told how to answer. */
    boolean tryAnswer(String text) {
        if (!(cursor.step() instanceof Step.Quiz q) || done()) {
            return false;
        }
        if (text.matches("\\p{L}[\\p{L}'-]*(\\s+[\\p{L}'-]+)*")
                && (!q.options().isEmpty() || text.contains(" "))) {
            // words, not Java: "data" for a choice quiz, "about five" for a numeric one
            feedback.say(
                    q.options().isEmpty()
                            ? Messages.get("tutor.msg.quiz-numeric")
                            : Messages.get("tutor.msg.quiz-choice-range", q.options().size()));
            return true;
        }
        if (!text.matches("-?[0-9]+(\\.[0-9]*)?([eE]-?[0-9]+)?")) {
            return false;
        }
        answer(q, text);
        return true;
    }

    private void answer(Step.Quiz q, String typed) {
        if (q.answer().accepts(typed)) {
            cursor.record().markDone(q.id());
            counters().setPassed();
            feedback.say(ansi.green(Messages.get("tutor.msg.quiz-right")));
            explain(q.explanation());
        } else {
            counters().countAttempt();
            feedback.say(ansi.yellow(Messages.get("tutor.msg.quiz-wrong", typed)));
        }
        cursor.save();
    }

    void afterSnippets(List<Outcome> outcomes) {
        Step s = cursor.step();
        if (done() || outcomes.isEmpty() || !outcomes.stream().allMatch(Outcome::ok)) {
            return;
        }
        if (s instanceof Step.Quiz q && q.options().isEmpty()) {
            Outcome last = outcomes.get(outcomes.size() - 1);
            if (last.kind() == Outcome.Kind.EXPRESSION
                    && last.value() != null
                    && last.value().matches("-?[0-9.]+([eE]-?[0-9]+)?")) {
                answer(q, last.value());
            }
            return;
        }
        if (s instanceof Step.Exercise ex) {
            boolean declared = outcomes.stream().anyMatch(Outcome::declares);
            grade(ex, declared);
        }
    }

    void check(String seed) {
        Step s = cursor.step();
        if (cursor.playing() || !(s instanceof Step.Exercise ex)) {
            feedback.say(Messages.get("tutor.msg.nothing-to-check"));
            return;
        }
        if (seed != null && !seed.isBlank()) {
            try {
                grader.replaySeed(Long.parseLong(seed.strip()));
            } catch (NumberFormatException e) {
                feedback.say(Messages.get("tutor.msg.bad-seed", seed.strip()));
                return;
            }
        }
        try {
            grade(ex, true);
        } finally {
            grader.freshSeeds();
        }
    }

    private void grade(Step.Exercise ex, boolean loud) {
        Grader.Graded g = grader.grade(ex);
        if (g.passed()) {
            cursor.record().markDone(ex.id());
            counters().setPassed();
            List<String> journal = cursor.record().journal();
            counters()
                    .setAccepted(
                            String.join(
                                    "\n",
                                    journal.subList(
                                            Math.min(journalMark, journal.size()),
                                            journal.size())));
            feedback.verdicts(g.verdicts());
            feedback.say(ansi.green(Messages.get("tutor.msg.exercise-passed")));
            explain(ex.explanation());
            feedback.aside(Messages.get("tutor.msg.enter-for-next"));
            cursor.save();
            return;
        }
        if (!loud) {
            return; // an experiment (an expression) while working: stay quiet
        }
        if (g.incomplete()) {
            Verdict f = g.firstFailure();
            feedback.aside(
                    Messages.get(
                            "tutor.msg.not-complete",
                            f instanceof Verdict.Fail fail ? fail.message() : ""));
            return;
        }
        counters().countAttempt();
        feedback.say(ansi.yellow(Messages.get("tutor.msg.exercise-failed")));
        feedback.verdicts(g.verdicts());
        feedback.aside(Messages.get("tutor.msg.after-failure"));
        cursor.save();
    }

    private void explain(String markdown) {
        if (!markdown.isBlank()) {
            console.out()
                    .print(
                            MarkdownRenderer.render(
                                    markdown, console.width(), ansi, console.unicode()));
        }
    }

    void hint() {
        Step s = cursor.step();
        if (!(s instanceof Step.Exercise ex)) {
            feedback.say(Messages.get("tutor.msg.no-hints"));
            return;
        }
        Progress.ExerciseProgress c = counters();
        int k = Math.min(c.hints(), ex.hints().size() - 1);
        if (c.hints() < ex.hints().size()) {
            c.countHint();
        }
        feedback.say(ansi.bold(Messages.get("tutor.msg.hint-head", k + 1, ex.hints().size())));
        explain(ex.hints().get(k));
        if (k + 1 == ex.hints().size()) {
            feedback.aside(Messages.get("tutor.msg.last-hint"));
        }
        cursor.save();
    }

    void solution() {
        Step s = cursor.step();
        if (!(s instanceof Step.Exercise ex)) {
            feedback.say(Messages.get("tutor.msg.no-solution"));
            return;
        }
        Progress.ExerciseProgress c = counters();
        if (c.attempts() == 0 && !done() && c.hints() < ex.hints().size()) {
            feedback.say(Messages.get("tutor.msg.solution-locked"));
            return;
        }
        c.setSolutionShown();
        feedback.say(ansi.bold(Messages.get("tutor.msg.solution-head")));
        ex.solution()
                .lines()
                .forEach(
                        l ->
                                feedback.row(
                                        "    "
                                                + JavaHighlighter.highlight(
                                                        l, ansi))); // code keeps its indentation
        cursor.save();
    }

    /**
     * Runs the reference (exercise) or reveals the key (quiz) and marks the step done; false when
     * the reference failed to run. The caller moves on.
     */
    boolean skip() {
        Step s = cursor.step();
        if (s instanceof Step.Exercise ex && !done()) {
            feedback.say(Messages.get("tutor.msg.skip-running"));
            ex.solution()
                    .lines()
                    .forEach(l -> feedback.row(ansi.dim("    " + l))); // keeps its indentation
            List<Outcome> outcomes = host.eval(ex.solution());
            outcomes.stream().filter(o -> !o.ok()).forEach(feedback::outcome);
            if (!outcomes.stream().allMatch(Outcome::ok)) {
                feedback.say(Messages.get("tutor.err.skip-failed"));
                return false;
            }
            outcomes.forEach(o -> cursor.record().journal().add(o.source()));
            counters().setSkipped();
            cursor.record().markDone(ex.id());
        } else if (s instanceof Step.Quiz q && !done()) {
            String key =
                    q.answer() instanceof Step.Choice c
                            ? String.valueOf(c.index())
                            : String.valueOf(((Step.Numeric) q.answer()).value());
            feedback.say(Messages.get("tutor.msg.quiz-key", key));
            explain(q.explanation());
            counters().setSkipped();
            cursor.record().markDone(q.id());
        }
        return true;
    }
}
