package dltutor.tutor;

import dltutor.session.SessionHost;
import dltutor.text.Messages;

import dltutor.console.Console;
import dltutor.runtime.DjlRuntime;
import dltutor.lesson.Lesson;
import dltutor.lesson.Step;
import dltutor.progress.Progress;
import dltutor.progress.ProgressStore;
import dltutor.render.Ansi;
import dltutor.render.MarkdownRenderer;
import dltutor.render.TerminalColumns;
import dltutor.session.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the learner is and how they move: lessons, steps, free play, showing a step (running
 * its demo), and saving progress. Exercises and quizzes are coached by {@link ExerciseCoach}.
 */
final class LessonWalker {
    private final List<Lesson> lessons;
    private final Console console;
    private final SessionHost host;
    private final ProgressStore store;
    private final Progress progress;
    private final Feedback feedback;
    private final Ansi ansi;
    private final Path papersDir;
    private final ExerciseCoach coach;
    private Lesson lesson;
    private int index;
    private boolean playing;
    private final SavedSession saved;

    LessonWalker(List<Lesson> lessons, Console console, SessionHost host, ProgressStore store,
            Progress progress, Path papersDir) {
        this.lessons = lessons;
        this.console = console;
        this.host = host;
        this.store = store;
        this.progress = progress;
        this.ansi = Ansi.of(console.ansi());
        this.feedback = new Feedback(console.out(), ansi, console::width);
        this.papersDir = papersDir;
        this.coach = new ExerciseCoach(this, host, feedback, ansi, console);
        this.saved = new SavedSession(feedback, ansi, store);
    }

    // ----- where we are

    Lesson lesson() {
        return lesson;
    }

    Step step() {
        return lesson.steps().get(index);
    }

    Progress.LessonProgress record() {
        return progress.lesson(lesson.id());
    }

    boolean playing() {
        return playing;
    }

    String prompt() {
        if (playing || lesson == null) {
            return ansi.magenta("play") + " › ";
        }
        String num = lesson.id().substring(0, 2);
        return ansi.cyan(num + " " + (index + 1) + "/" + lesson.steps().size()) + " › ";
    }

    /** Refreshes the status line (the device is known once the engine has loaded). */
    void status() {
        if (lesson == null) {
            return;
        }
        String where = playing ? "free play" : "step " + (index + 1) + "/" + lesson.steps().size()
                + " · " + (kindOf(step()) + " " + step().title()).strip();
        String device = host.isReady() ? DjlRuntime.deviceName() : "starting…";
        console.status(ansi.dim(lesson.id() + " · " + where + " · " + device + " · /help"));
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
        Lesson resume = lessons.stream().filter(l -> l.id().equals(progress.currentLesson())).findFirst()
                .orElse(null);
        if (resume == null) {
            String gone = progress.currentLesson();
            if (gone == null) {
                feedback.say(Messages.get("tutor.msg.welcome", lessons.size(), lessons.get(0).title(),
                        lessons.get(lessons.size() - 1).title()));
            } else {
                // Renamed or removed: keep its record (it may come back), and never clear another one.
                feedback.say(Messages.get("tutor.err.lesson-gone", gone, lessons.get(0).id()));
            }
            enterLesson(lessons.get(0), progress.has(lessons.get(0).id()));
        } else {
            enterLesson(resume, true);
        }
    }

    void enterLesson(Lesson next, boolean resume) {
        lesson = next;
        playing = false;
        progress.setCurrentLesson(next.id());
        Progress.LessonProgress rec = record();
        int at = rec.step() == null ? 0 : Math.max(0, next.indexOf(rec.step()));
        index = at;
        List<String> journal = resume ? List.copyOf(rec.journal()) : List.of();
        if (!resume) {
            rec.journal().clear();
        }
        host.start(next, journal, rec.journal());
        if (resume && (at > 0 || !journal.isEmpty())) {
            feedback.say(Messages.get("tutor.msg.resume", next.id(), at + 1, next.steps().size(), journal.size()));
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
     * Reports, once, a problem the session met while starting (a prelude that fails) and what
     * the replay of the journal could not restore.
     */
    void reportStartProblem() {
        String problem = host.takeStartProblem();
        if (problem != null) {
            feedback.say(Messages.get("tutor.err.session-start", problem));
        }
        saved.report(host.takeReplayReport());
    }

    /** Removes from the journal the snippets the last replay tried and could not restore (/prune). */
    void prune() {
        if (saved.prune(record().journal())) {
            save();
        }
    }

    /** Shows the current step (and runs its demo the first time). */
    void show() {
        if (lesson == null) {
            return;
        }
        Step s = step();
        record().setStep(s.id());
        String bar = "── " + lesson.id() + " · " + (index + 1) + "/" + lesson.steps().size() + " · "
                + (kindOf(s) + " " + s.title()).strip() + " ";
        console.out().println();
        console.out().println(ansi.bold(ansi.cyan(TerminalColumns.cut(bar + "─".repeat(Math.max(3, console.width()
                - TerminalColumns.of(bar))), console.width()))));   // one line, even for a long title
        console.out().print(MarkdownRenderer.render(s.markdown(), console.width(), ansi, console.unicode()));
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
            if (host.wasStopped()) {   // Ctrl-C: no conclusions from what was not computed
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
        if (!playing && lesson != null) {
            next();
        }
    }

    void next() {
        if (lesson == null) {
            return;
        }
        if (playing) {
            feedback.say(Messages.get("tutor.msg.in-play"));
            return;
        }
        Step s = step();
        if ((s instanceof Step.Exercise || s instanceof Step.Quiz) && !record().isDone(s.id())) {
            feedback.say(Messages.get("tutor.msg.not-done"));
            return;
        }
        if (!(s instanceof Step.Demo)) {
            record().markDone(s.id());   // a demo is done once it has run to the end
        }
        if (index + 1 < lesson.steps().size()) {
            index++;
            show();
            return;
        }
        record().setFinished(true);
        save();
        feedback.say(ansi.green(Messages.get("tutor.msg.lesson-done", lesson.title())));
        int at = lessons.indexOf(lesson);
        if (at + 1 < lessons.size()) {
            Lesson following = lessons.get(at + 1);
            feedback.say(Messages.get("tutor.msg.next-lesson", following.id(), following.title()));
            enterLesson(following, progress.has(following.id()));
        } else {
            feedback.say(Messages.get("tutor.msg.course-done"));
        }
    }

    void back() {
        if (lesson != null && index > 0) {
            playing = false;
            index--;
            show();
        }
    }

    void steps() {
        for (int i = 0; i < lesson.steps().size(); i++) {
            Step s = lesson.steps().get(i);
            String mark = record().isDone(s.id()) ? ansi.green("✓") : " ";
            String here = i == index ? ansi.bold("›") : " ";
            feedback.row(String.format("%s %s %2d  %-9s %s  %s", here, mark, i + 1, kindOf(s), s.title(),
                    ansi.dim("{" + s.id() + "}")));
        }
    }

    void goTo(String arg) {
        for (Lesson l : lessons) {
            if (l.id().equals(arg) || l.id().startsWith(arg + "-")) {
                switchTo(l);
                return;
            }
        }
        int target = lesson.indexOf(arg);
        if (target < 0 && arg.matches("\\d+")) {
            target = Integer.parseInt(arg) - 1;
        }
        if (target < 0 || target >= lesson.steps().size()) {
            feedback.say(Messages.get("tutor.err.no-step", arg));
            return;
        }
        playing = false;
        catchUp(target);
        index = target;
        show();
    }

    /**
     * Before jumping ahead, runs the demos and reference solutions of the steps skipped over
     * (quietly), so that the target step finds the variables it expects.
     */
    private void catchUp(int target) {
        int ran = 0;
        for (int i = index; i < target; i++) {
            Step s = lesson.steps().get(i);
            List<String> code = s instanceof Step.Demo d && !record().isDone(s.id()) ? d.code()
                    : s instanceof Step.Exercise ex && !record().isDone(s.id()) ? List.of(ex.solution())
                    : List.of();
            for (String c : code) {
                List<Outcome> outcomes = host.evalQuiet(c);
                outcomes.stream().filter(Outcome::ok).forEach(o -> record().journal().add(o.source()));
                ran++;
            }
        }
        if (ran > 0) {
            feedback.aside(Messages.get("tutor.msg.caught-up", ran));
        }
    }

    void lessons(String arg) {
        if (!arg.isEmpty()) {
            goTo(arg);
            return;
        }
        for (Lesson l : lessons) {
            String state = progress.has(l.id()) && progress.lesson(l.id()).finished() ? ansi.green("done")
                    : progress.has(l.id()) ? ansi.yellow("started") : "";
            String here = l == lesson ? ansi.bold("›") : " ";
            feedback.row(String.format("%s %-26s %-60s %s", here, l.id(), l.title(), state));
        }
        feedback.aside(Messages.get("tutor.msg.lessons-hint"));
    }

    private void switchTo(Lesson l) {
        if (l == lesson) {
            show();
            return;
        }
        save();
        enterLesson(l, progress.has(l.id()));
    }

    void restart() {
        record().reset();
        index = 0;
        feedback.say(Messages.get("tutor.msg.restarted", lesson.id()));
        enterLesson(lesson, false);
    }

    void play() {
        playing = !playing;
        feedback.say(Messages.get(playing ? "tutor.msg.play-on" : "tutor.msg.play-off"));
        status();
        if (!playing) {
            show();
        }
    }

    void progress() {
        for (Lesson l : lessons) {
            if (!progress.has(l.id())) {
                feedback.row(String.format("  %-26s %s", l.id(), ansi.dim("not started")));
                continue;
            }
            Progress.LessonProgress r = progress.lesson(l.id());
            long solved = l.exercises().stream().filter(e -> r.exercise(e.id()).passed()).count();
            long skipped = l.exercises().stream().filter(e -> r.exercise(e.id()).skipped()).count();
            int attempts = l.exercises().stream().mapToInt(e -> r.exercise(e.id()).attempts()).sum();
            int hints = l.exercises().stream().mapToInt(e -> r.exercise(e.id()).hints()).sum();
            feedback.row(Messages.get("tutor.msg.progress-row", l.id(), r.doneCount(), l.steps().size(),
                    solved, l.exercises().size(), skipped, attempts, hints));
        }
        feedback.aside(Messages.get("tutor.msg.progress-file", store.file()));
    }

    void paper(String arg) {
        if (arg.isEmpty()) {
            if (lesson.meta().papers().isEmpty()) {
                feedback.say(Messages.get("tutor.msg.no-papers"));
            }
            for (String key : lesson.meta().papers()) {
                feedback.row("  " + key + "  " + ansi.dim(firstHeading(papersDir.resolve(key + ".md"))));
            }
            feedback.aside(Messages.get("tutor.msg.paper-hint"));
            return;
        }
        Path note = papersDir.resolve(arg.replaceAll("[^A-Za-z0-9-]", "") + ".md");
        try {
            String md = Files.readString(note, StandardCharsets.UTF_8);
            console.out().print(MarkdownRenderer.render(md, console.width(), ansi, console.unicode()));
        } catch (IOException e) {
            feedback.say(Messages.get("tutor.err.no-paper", arg));
        }
    }

    private static String firstHeading(Path note) {
        try {
            return Files.readAllLines(note, StandardCharsets.UTF_8).stream()
                    .filter(l -> l.startsWith("# ")).map(l -> l.substring(2)).findFirst().orElse("");
        } catch (IOException e) {
            return "(missing note)";
        }
    }

    // ----- delegated to the coach

    String takeStarter(boolean interactive) {
        return playing || lesson == null ? "" : coach.takeStarter(interactive);
    }

    boolean tryAnswer(String text) {
        return !playing && lesson != null && coach.tryAnswer(text);
    }

    void afterSnippets(List<Outcome> outcomes) {
        if (lesson == null) {
            return;
        }
        outcomes.stream().filter(Outcome::ok).forEach(o -> record().journal().add(o.source()));
        if (!playing) {
            coach.afterSnippets(outcomes);
        }
        save();
    }

    void hint() {
        coach.hint();
    }

    void check(String seed) {
        coach.check(seed);
    }

    void solution() {
        coach.solution();
    }

    void skip() {
        if (coach.skip()) {
            save();
        }
    }

    /** Saves progress; a failure (a full disk) is reported once and never ends the tutor. */
    void save() {
        saved.save(progress);
    }

    /** The saved session: the farewell, letting go of the home. */
    SavedSession saved() {
        return saved;
    }
}
