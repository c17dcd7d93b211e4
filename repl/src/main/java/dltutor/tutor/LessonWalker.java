package dltutor.tutor;

import dltutor.console.Console;
import dltutor.lesson.Lesson;
import dltutor.lesson.Step;
import dltutor.progress.Progress;
import dltutor.render.Ansi;
import dltutor.render.MarkdownRenderer;
import dltutor.render.TerminalColumns;
import dltutor.runtime.DjlRuntime;
import dltutor.session.Outcome;
import dltutor.session.SessionHost;
import dltutor.text.Messages;
import java.util.List;

/**
 * Where the learner is and how they move: lessons, steps, free play, showing a step (running its
 * demo), and saving progress. Exercises and quizzes are coached by {@link ExerciseCoach}.
 */
final class LessonWalker {
    private final List<Lesson> lessons;
    private final Console console;
    private final SessionHost host;
    private final Progress progress;
    private final Feedback feedback;
    private final Ansi ansi;
    private final ExerciseCoach coach;
    private final Cursor cursor;

    LessonWalker(
            List<Lesson> lessons,
            Console console,
            SessionHost host,
            Cursor cursor,
            Feedback feedback,
            ExerciseCoach coach) {
        this.lessons = lessons;
        this.console = console;
        this.host = host;
        this.cursor = cursor;
        this.progress = cursor.progress();
        this.ansi = Ansi.of(console.ansi());
        this.feedback = feedback;
        this.coach = coach;
    }

    // ----- where we are

    private Step step() {
        return cursor.step();
    }

    private Progress.LessonProgress record() {
        return cursor.record();
    }

    private void at(Lesson l, int at) {
        cursor.moveTo(l, at);
    }

    private void at(int at) {
        cursor.moveTo(at);
    }

    private void play(boolean on) {
        cursor.setPlaying(on);
    }

    String prompt() {
        if (cursor.playing() || cursor.lesson() == null) {
            return ansi.magenta("play") + " › ";
        }
        String num = cursor.lesson().id().substring(0, 2);
        return ansi.cyan(num + " " + (cursor.index() + 1) + "/" + cursor.lesson().steps().size())
                + " › ";
    }

    /** Refreshes the status line (the device is known once the engine has loaded). */
    void status() {
        String text = statusText();
        if (text != null) {
            console.status(text);
        }
    }

    /** The status line: lesson, step, device (or "starting…"); null outside a lesson. */
    private String statusText() {
        if (cursor.lesson() == null) {
            return null;
        }
        String where =
                cursor.playing()
                        ? "free play"
                        : "step "
                                + (cursor.index() + 1)
                                + "/"
                                + cursor.lesson().steps().size()
                                + " · "
                                + (kindOf(step()) + " " + step().title()).strip();
        String device = host.isReady() ? DjlRuntime.deviceName() : "starting…";
        return ansi.dim(cursor.lesson().id() + " · " + where + " · " + device + " · /help");
    }

    static String kindOf(Step s) {
        if (s instanceof Step.Exercise) {
            return "Exercise:";
        }
        if (s instanceof Step.Quiz) {
            return "Quiz:";
        }
        if (s instanceof Step.Demo d) {
            return d.figure() ? "Figure:" : "Demo:";
        }
        return "";
    }

    // ----- starting and moving

    /** Resumes where the learner was, or starts the first lesson. */
    void begin() {
        if (lessons.isEmpty()) {
            feedback.say(Messages.get("tutor.err.no-lessons"));
            return;
        }
        Lesson resume =
                lessons.stream()
                        .filter(l -> l.id().equals(progress.currentLesson()))
                        .findFirst()
                        .orElse(null);
        if (resume == null) {
            String gone = progress.currentLesson();
            if (gone == null) {
                feedback.say(
                        Messages.get(
                                "tutor.msg.welcome",
                                lessons.size(),
                                lessons.get(0).title(),
                                lessons.get(lessons.size() - 1).title()));
            } else {
                // Renamed or removed: keep its record (it may come back), and never clear another
                // one.
                feedback.say(Messages.get("tutor.err.lesson-gone", gone, lessons.get(0).id()));
            }
            enterLesson(lessons.get(0), progress.has(lessons.get(0).id()));
        } else {
            enterLesson(resume, true);
        }
    }

    void enterLesson(Lesson next, boolean resume) {
        progress.setCurrentLesson(next.id());
        Progress.LessonProgress rec = progress.lesson(next.id());
        int at = rec.step() == null ? 0 : Math.max(0, next.indexOf(rec.step()));
        at(next, at);
        List<String> journal = resume ? List.copyOf(rec.journal()) : List.of();
        if (!resume) {
            rec.journal().clear();
        }
        host.start(next, journal, rec.journal());
        // the status line says "starting…" until the session is up; say when it is, even while
        // the learner sits at the prompt
        host.whenReady(
                () -> {
                    String text = statusText();
                    if (text != null) {
                        console.statusFromBackground(text);
                    }
                });
        if (resume && (at > 0 || !journal.isEmpty())) {
            feedback.say(
                    Messages.get(
                            "tutor.msg.resume",
                            next.id(),
                            at + 1,
                            next.steps().size(),
                            journal.size()));
        }
        if (!journal.isEmpty()) {
            feedback.aside(Messages.get("tutor.msg.restoring-hint"));
        }
        // The session starts (and replays the journal) in the background: the step shows at once,
        // and a problem is reported at the next prompt (reportStartProblem).
        save();
        show();
    }

    /**
     * Reports, once, a problem the session met while starting (a prelude that fails) and what the
     * replay of the journal could not restore.
     */
    void reportStartProblem() {
        String problem = host.takeStartProblem();
        if (problem != null) {
            feedback.say(Messages.get("tutor.err.session-start", problem));
        }
        cursor.saved().report(host.takeReplayReport());
    }

    /**
     * Removes from the journal the snippets the last replay tried and could not restore (/prune).
     */
    void prune() {
        if (cursor.saved().prune(record().journal())) {
            save();
        }
    }

    /** Shows the current step (and runs its demo the first time). */
    void show() {
        if (cursor.lesson() == null) {
            return;
        }
        Step s = step();
        record().setStep(s.id());
        String bar =
                "── "
                        + cursor.lesson().id()
                        + " · "
                        + (cursor.index() + 1)
                        + "/"
                        + cursor.lesson().steps().size()
                        + " · "
                        + (kindOf(s) + " " + s.title()).strip()
                        + " ";
        console.out().println();
        console.out()
                .println(
                        ansi.bold(
                                ansi.cyan(
                                        TerminalColumns.cut(
                                                bar
                                                        + "─"
                                                                .repeat(
                                                                        Math.max(
                                                                                3,
                                                                                console.width()
                                                                                        - TerminalColumns
                                                                                                .of(
                                                                                                        bar))),
                                                console.width())))); // one line, even for a long
        // title
        console.out()
                .print(
                        MarkdownRenderer.render(
                                s.markdown(), console.width(), ansi, console.unicode()));
        if (s instanceof Step.Demo d) {
            runDemo(d);
        } else if (s instanceof Step.Exercise || s instanceof Step.Quiz) {
            coach.introduce(s);
        } else {
            feedback.aside(Messages.get("tutor.msg.enter-for-next"));
        }
        status();
        save();
    }

    private void runDemo(Step.Demo d) {
        if (record().isDone(d.id())) {
            feedback.aside(Messages.get("tutor.msg.demo-ran"));
            return;
        }
        feedback.aside(Messages.get("tutor.msg.demo-running"));
        for (String code : d.code()) {
            List<Outcome> outcomes = host.evalDemo(code);
            if (host.wasStopped()) { // Ctrl-C: no conclusions from what was not computed
                outcomes.stream().filter(Outcome::ok).forEach(o -> feedback.outcome(o, true));
                feedback.say(Messages.get("tutor.msg.demo-stopped"));
                return;
            }
            outcomes.forEach(o -> feedback.outcome(o, true));
            if (!outcomes.stream().allMatch(Outcome::ok)) {
                feedback.say(Messages.get("tutor.err.demo-failed"));
                return;
            }
            outcomes.forEach(o -> record().journal().add(o.source()));
        }
        record().markDone(d.id());
        feedback.aside(Messages.get("tutor.msg.enter-for-next"));
    }

    /** Enter on an empty line: the next step, or (in an unfinished exercise) what /next says. */
    void enter() {
        if (!cursor.playing() && cursor.lesson() != null) {
            next();
        }
    }

    void next() {
        if (cursor.lesson() == null) {
            return;
        }
        if (cursor.playing()) {
            feedback.say(Messages.get("tutor.msg.in-play"));
            return;
        }
        Step s = step();
        if ((s instanceof Step.Exercise || s instanceof Step.Quiz) && !record().isDone(s.id())) {
            feedback.say(Messages.get("tutor.msg.not-done"));
            return;
        }
        if (!(s instanceof Step.Demo)) {
            record().markDone(s.id()); // a demo is done once it has run to the end
        }
        if (cursor.index() + 1 < cursor.lesson().steps().size()) {
            at(cursor.index() + 1);
            show();
            return;
        }
        record().setFinished(true);
        save();
        feedback.say(ansi.green(Messages.get("tutor.msg.lesson-done", cursor.lesson().title())));
        int at = lessons.indexOf(cursor.lesson());
        if (at + 1 < lessons.size()) {
            Lesson following = lessons.get(at + 1);
            feedback.say(Messages.get("tutor.msg.next-lesson", following.id(), following.title()));
            enterLesson(following, progress.has(following.id()));
        } else {
            feedback.say(Messages.get("tutor.msg.course-done"));
        }
    }

    void back() {
        if (cursor.lesson() != null && cursor.index() > 0) {
            play(false);
            at(cursor.index() - 1);
            show();
        }
    }

    void goTo(String arg) {
        for (Lesson l : lessons) {
            if (l.id().equals(arg) || l.id().startsWith(arg + "-")) {
                switchTo(l);
                return;
            }
        }
        int target = cursor.lesson().indexOf(arg);
        if (target < 0 && arg.matches("\\d+")) {
            target = Integer.parseInt(arg) - 1;
        }
        if (target < 0 || target >= cursor.lesson().steps().size()) {
            feedback.say(Messages.get("tutor.err.no-step", arg));
            return;
        }
        play(false);
        catchUp(target);
        at(target);
        show();
    }

    /**
     * Before jumping ahead, runs the demos and reference solutions of the steps skipped over
     * (quietly), so that the target step finds the variables it expects.
     */
    private void catchUp(int target) {
        int ran = 0;
        for (int i = cursor.index(); i < target; i++) {
            Step s = cursor.lesson().steps().get(i);
            List<String> code =
                    s instanceof Step.Demo d && !record().isDone(s.id())
                            ? d.code()
                            : s instanceof Step.Exercise ex && !record().isDone(s.id())
                                    ? List.of(ex.solution())
                                    : List.of();
            for (String c : code) {
                List<Outcome> outcomes = host.evalQuiet(c);
                outcomes.stream()
                        .filter(Outcome::ok)
                        .forEach(o -> record().journal().add(o.source()));
                ran++;
            }
        }
        if (ran > 0) {
            feedback.aside(Messages.get("tutor.msg.caught-up", ran));
        }
    }

    private void switchTo(Lesson l) {
        if (l == cursor.lesson()) {
            show();
            return;
        }
        save();
        enterLesson(l, progress.has(l.id()));
    }

    void restart() {
        record().reset();
        at(0);
        feedback.say(Messages.get("tutor.msg.restarted", cursor.lesson().id()));
        enterLesson(cursor.lesson(), false);
    }

    void play() {
        play(!cursor.playing());
        feedback.say(Messages.get(cursor.playing() ? "tutor.msg.play-on" : "tutor.msg.play-off"));
        status();
        if (!cursor.playing()) {
            show();
        }
    }

    // ----- delegated to the coach

    String takeStarter(boolean interactive) {
        return cursor.playing() || cursor.lesson() == null ? "" : coach.takeStarter(interactive);
    }

    boolean tryAnswer(String text) {
        return !cursor.playing() && cursor.lesson() != null && coach.tryAnswer(text);
    }

    void afterSnippets(List<Outcome> outcomes) {
        if (cursor.lesson() == null) {
            return;
        }
        outcomes.stream().filter(Outcome::ok).forEach(o -> record().journal().add(o.source()));
        if (!cursor.playing()) {
            coach.afterSnippets(outcomes);
        }
        save();
    }

    /** Runs the reference (exercise) or reveals the key (quiz), then moves on. */
    void skip() {
        if (coach.skip()) {
            next();
            save();
        }
    }

    /** Saves progress; a failure (a full disk) is reported once and never ends the tutor. */
    void save() {
        cursor.save();
    }
}
