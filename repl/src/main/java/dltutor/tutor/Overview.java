package dltutor.tutor;

import dltutor.console.Console;
import dltutor.dl.Runs;
import dltutor.lesson.Lesson;
import dltutor.lesson.Step;
import dltutor.progress.Progress;
import dltutor.progress.ProgressStore;
import dltutor.render.Ansi;
import dltutor.render.MarkdownRenderer;
import dltutor.text.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The course at a glance: the lessons (/lessons), the progress table (/progress) and the paper
 * notes (/paper).
 */
final class Overview {
    private final List<Lesson> lessons;
    private final Cursor cursor;
    private final Console console;
    private final Feedback feedback;
    private final Ansi ansi;
    private final ProgressStore store;
    private final Path papersDir;

    Overview(
            List<Lesson> lessons,
            Cursor cursor,
            Console console,
            Feedback feedback,
            ProgressStore store,
            Path papersDir) {
        this.lessons = lessons;
        this.cursor = cursor;
        this.console = console;
        this.feedback = feedback;
        this.ansi = Ansi.of(console.ansi());
        this.store = store;
        this.papersDir = papersDir;
    }

    /** Every lesson id, for completion. */
    List<String> lessonIds() {
        return lessons.stream().map(Lesson::id).toList();
    }

    /** The current lesson's step ids, for completion. */
    List<String> stepIds() {
        return cursor.lesson() == null
                ? List.of()
                : cursor.lesson().steps().stream().map(s -> s.id()).toList();
    }

    /** The paper notes of the current lesson, for completion. */
    List<String> paperNames() {
        return cursor.lesson() == null ? List.of() : cursor.lesson().meta().papers();
    }

    /** The current lesson's steps, with the current one and the done ones marked (/steps). */
    void steps() {
        for (int i = 0; i < cursor.lesson().steps().size(); i++) {
            Step s = cursor.lesson().steps().get(i);
            String mark = cursor.record().isDone(s.id()) ? ansi.green("✓") : " ";
            String here = i == cursor.index() ? ansi.bold("›") : " ";
            feedback.row(
                    String.format(
                            "%s %s %2d  %-9s %s  %s",
                            here,
                            mark,
                            i + 1,
                            LessonWalker.kindOf(s),
                            s.title(),
                            ansi.dim("{" + s.id() + "}")));
        }
    }

    void lessons() {
        Progress progress = cursor.progress();
        for (Lesson l : lessons) {
            String state =
                    progress.has(l.id()) && progress.lesson(l.id()).finished()
                            ? ansi.green("done")
                            : progress.has(l.id()) ? ansi.yellow("started") : "";
            String here = l == cursor.lesson() ? ansi.bold("›") : " ";
            feedback.row(String.format("%s %-26s %-60s %s", here, l.id(), l.title(), state));
        }
        feedback.aside(Messages.get("tutor.msg.lessons-hint"));
    }

    void progress() {
        Progress progress = cursor.progress();
        for (Lesson l : lessons) {
            if (!progress.has(l.id())) {
                feedback.row(String.format("  %-26s %s", l.id(), ansi.dim("not started")));
                continue;
            }
            Progress.LessonProgress r = progress.lesson(l.id());
            long solved = l.exercises().stream().filter(e -> r.exercise(e.id()).passed()).count();
            long skipped = l.exercises().stream().filter(e -> r.exercise(e.id()).skipped()).count();
            int attempts =
                    l.exercises().stream().mapToInt(e -> r.exercise(e.id()).attempts()).sum();
            int hints = l.exercises().stream().mapToInt(e -> r.exercise(e.id()).hints()).sum();
            feedback.row(
                    Messages.get(
                            "tutor.msg.progress-row",
                            l.id(),
                            r.doneCount(),
                            l.steps().size(),
                            solved,
                            l.exercises().size(),
                            skipped,
                            attempts,
                            hints));
        }
        feedback.aside(Messages.get("tutor.msg.progress-file", store.file()));
    }

    /** The trainings recorded in {@code runs.jsonl}: the latest ones, and the totals. */
    void runs() {
        Runs.Read read;
        try {
            read = Runs.read();
        } catch (IllegalStateException e) {
            feedback.say(e.getMessage());
            return;
        }
        console.out().print(Runs.render(read, console.unicode()));
        if (Runs.file() != null) {
            feedback.aside(Messages.get("tutor.msg.runs-file", Runs.file()));
        }
    }

    void paper(String arg) {
        if (cursor.lesson() == null) {
            return;
        }
        if (arg.isEmpty()) {
            if (paperNames().isEmpty()) {
                feedback.say(Messages.get("tutor.msg.no-papers"));
            }
            for (String key : paperNames()) {
                feedback.row(
                        "  " + key + "  " + ansi.dim(firstHeading(papersDir.resolve(key + ".md"))));
            }
            feedback.aside(Messages.get("tutor.msg.paper-hint"));
            return;
        }
        Path note = papersDir.resolve(arg.replaceAll("[^A-Za-z0-9-]", "") + ".md");
        try {
            String md = Files.readString(note, StandardCharsets.UTF_8);
            console.out()
                    .print(MarkdownRenderer.render(md, console.width(), ansi, console.unicode()));
        } catch (IOException e) {
            feedback.say(Messages.get("tutor.err.no-paper", arg));
        }
    }

    private static String firstHeading(Path note) {
        try {
            return Files.readAllLines(note, StandardCharsets.UTF_8).stream()
                    .filter(l -> l.startsWith("# "))
                    .map(l -> l.substring(2))
                    .findFirst()
                    .orElse("");
        } catch (IOException e) {
            return "(missing note)";
        }
    }
}
