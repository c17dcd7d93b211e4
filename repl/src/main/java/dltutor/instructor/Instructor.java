package dltutor.instructor;

import com.google.gson.Gson;
import dltutor.check.Verdict;
import dltutor.lesson.Lesson;
import dltutor.lesson.Step;
import dltutor.progress.Progress;
import dltutor.progress.ProgressStore;
import dltutor.session.SessionHost;
import dltutor.text.Messages;
import dltutor.tutor.Grader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Instructor mode, the learner's side and the grading process's side: {@code --export} writes a
 * learner's accepted work as a {@link Submission}; {@code --grade-one} (run by {@link
 * SubmissionGrader} in a fresh JVM, never by hand) grades one submission and reports each exercise
 * on standard output, on lines that start with a secret the parent process sent on standard input
 * before any learner code ran.
 */
public final class Instructor {
    private static final Gson GSON = new Gson();

    private Instructor() {}

    /** One graded exercise as the grading process reports it. */
    public record Result(String test, boolean passed, String output) {}

    /** Writes the learner's accepted exercises to {@code file}; returns the exit status. */
    public static int export(Path file, Path home, List<Lesson> lessons, PrintStream out) {
        ProgressStore.Loaded loaded = new ProgressStore(home).load();
        Progress p = loaded.progress();
        Map<String, String> versions = new LinkedHashMap<>();
        Map<String, Map<String, String>> code = new LinkedHashMap<>();
        int count = 0;
        for (Lesson lesson : lessons) {
            if (!p.has(lesson.id())) {
                continue;
            }
            Progress.LessonProgress lp = p.lesson(lesson.id());
            Map<String, String> steps = new LinkedHashMap<>();
            for (Step.Exercise ex : lesson.exercises()) {
                Progress.ExerciseProgress e = lp.exercise(ex.id());
                if (e.passed() && e.accepted() != null && !e.accepted().isBlank()) {
                    steps.put(ex.id(), e.accepted());
                }
            }
            versions.put(lesson.id(), Submission.version(lesson));
            code.put(lesson.id(), steps);
            count += steps.size();
        }
        String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(
                    file, new Submission(name, versions, code).format(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            out.println(Messages.get("grade.export.failed", file, e.getMessage()));
            return 1;
        }
        out.println(Messages.get("grade.export.done", count, versions.size(), file));
        return 0;
    }

    /**
     * Grades one submission in this process (the child side of {@code --grade}).
     *
     * @param lessonIds the lessons to grade (all exercises of each)
     * @param skip tests ({@code lesson/step}) not to grade: the parent already has their result;
     *     their reference solution runs instead so later exercises can build on it
     */
    public static int gradeOne(
            Path file,
            List<Lesson> lessons,
            Set<String> lessonIds,
            Set<String> skip,
            PrintStream out)
            throws IOException {
        String secret =
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                        .readLine();
        if (secret == null || secret.isBlank()) {
            out.println("--grade-one is run by --grade, which sends it a secret on standard input");
            return 2;
        }
        Submission submission = Submission.read(file);
        for (Lesson lesson : lessons) {
            if (!lessonIds.contains(lesson.id())) {
                continue;
            }
            Map<String, String> code = submission.code().getOrDefault(lesson.id(), Map.of());
            try (SessionHost host = new SessionHost()) {
                emit(out, secret, "SETUP", lesson.id());
                host.start(lesson, List.of());
                String problem = host.awaitReady();
                Grader grader = new Grader(host);
                for (Step step : lesson.steps()) {
                    if (step instanceof Step.Demo demo && problem == null) {
                        emit(out, secret, "DEMO", lesson.id() + "/" + demo.id());
                        demo.code().forEach(host::evalQuiet);
                    } else if (step instanceof Step.Exercise ex) {
                        String test = lesson.id() + "/" + ex.id();
                        if (skip.contains(test)) {
                            host.evalQuiet(ex.solution());
                            continue;
                        }
                        emit(out, secret, "START", test);
                        Result r =
                                problem != null
                                        ? new Result(
                                                test,
                                                false,
                                                Messages.get("grade.no-session", problem))
                                        : gradeExercise(host, grader, ex, test, code.get(ex.id()));
                        emit(out, secret, "RESULT", GSON.toJson(r));
                    }
                }
            }
        }
        emit(out, secret, "DONE", "");
        return 0;
    }

    private static Result gradeExercise(
            SessionHost host, Grader grader, Step.Exercise ex, String test, String answer) {
        if (answer == null || answer.isBlank()) {
            host.evalQuiet(ex.solution());
            return new Result(test, false, Messages.get("grade.no-answer"));
        }
        host.evalQuiet(answer);
        Grader.Graded g = grader.grade(ex);
        String output =
                g.verdicts().stream()
                        .map(
                                v ->
                                        v instanceof Verdict.Fail f
                                                ? "✗ " + f.check() + ": " + f.message()
                                                : "✓ "
                                                        + v.check()
                                                        + (((Verdict.Pass) v).detail().isEmpty()
                                                                ? ""
                                                                : " ("
                                                                        + ((Verdict.Pass) v)
                                                                                .detail()
                                                                        + ")"))
                        .collect(Collectors.joining("\n"));
        if (!g.passed()) {
            host.evalQuiet(ex.solution()); // later exercises build on a working answer
        }
        return new Result(test, g.passed(), output);
    }

    private static void emit(PrintStream out, String secret, String kind, String payload) {
        out.println(secret + " " + kind + " " + payload);
        out.flush();
    }
}
