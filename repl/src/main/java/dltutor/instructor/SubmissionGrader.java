package dltutor.instructor;

import com.google.gson.Gson;
import dltutor.lesson.Lesson;
import dltutor.lesson.LessonException;
import dltutor.text.Messages;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code --grade}: grades submissions, each in a fresh JVM (the same java and class path) with a
 * time limit per exercise and per submission and a memory limit. An exercise that loops, exits,
 * exhausts memory or crashes the process gets a failed result and a fresh process grades the rest;
 * the grader itself never hangs. Writes per submission a Gradescope {@code results.json} and a
 * JUnit XML report, and one CSV summary for the batch.
 */
public final class SubmissionGrader {
    private static final String END = "\u0000end";

    /** Grading options (seconds, the child's heap, where reports go, which lessons). */
    public record Options(
            Path report,
            long exerciseSeconds,
            long submissionSeconds,
            String memory,
            Set<String> lessons) {}

    private final List<Lesson> lessons;
    private final Path lessonsDir;
    private final Options options;
    private final PrintStream out;
    private final SecureRandom random = new SecureRandom();

    public SubmissionGrader(
            List<Lesson> lessons, Path lessonsDir, Options options, PrintStream out) {
        this.lessons = lessons;
        this.lessonsDir = lessonsDir;
        this.options = options;
        this.out = out;
    }

    /** Parses {@code --grade} arguments and grades; returns the exit status. */
    public static int main(
            List<String> args, List<Lesson> lessons, Path lessonsDir, PrintStream out)
            throws IOException {
        List<Path> inputs = new ArrayList<>();
        Path report = Path.of("grading-report");
        long exercise = 120;
        long submission = 1200;
        String memory = "2g";
        Set<String> only = new LinkedHashSet<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            boolean hasValue = i + 1 < args.size();
            switch (a) {
                case "--report" -> report = hasValue ? Path.of(args.get(++i)) : null;
                case "--exercise-seconds" ->
                        exercise = hasValue ? Long.parseLong(args.get(++i)) : -1;
                case "--submission-seconds" ->
                        submission = hasValue ? Long.parseLong(args.get(++i)) : -1;
                case "--memory" -> memory = hasValue ? args.get(++i) : null;
                case "--lessons" ->
                        only.addAll(hasValue ? List.of(args.get(++i).split(",")) : List.of());
                default -> inputs.add(Path.of(a));
            }
        }
        if (inputs.isEmpty()
                || report == null
                || exercise <= 0
                || submission <= 0
                || memory == null) {
            out.println(Messages.get("grade.usage"));
            return 2;
        }
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.toString().endsWith(".jsh")).sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        Options o = new Options(report, exercise, submission, memory, only);
        return new SubmissionGrader(lessons, lessonsDir, o, out).gradeAll(files);
    }

    /** Grades every file; writes the reports; returns 0 if every submission got full marks. */
    public int gradeAll(List<Path> files) throws IOException {
        Files.createDirectories(options.report());
        List<String> csv =
                new ArrayList<>(List.of("student,score,max_score,passed,failed,seconds,file"));
        boolean allPassed = true;
        for (Path file : files) {
            long start = System.nanoTime();
            Submission s;
            List<Instructor.Result> results;
            try {
                s = Submission.read(file);
                results = grade(file, s);
                if (results.isEmpty()) {
                    results =
                            List.of(
                                    new Instructor.Result(
                                            "submission/lessons",
                                            false,
                                            Messages.get("grade.empty")));
                }
            } catch (LessonException e) {
                s =
                        new Submission(
                                file.getFileName().toString().replaceFirst("\\.[^.]*$", ""),
                                Map.of(),
                                Map.of());
                results =
                        List.of(
                                new Instructor.Result(
                                        "submission/read",
                                        false,
                                        Messages.get("grade.unreadable", e.getMessage())));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long passed = results.stream().filter(Instructor.Result::passed).count();
            allPassed &= passed == results.size();
            GradeReports.write(options.report().resolve(s.name()), s.name(), results, seconds);
            csv.add(
                    String.join(
                            ",",
                            GradeReports.csv(s.name()),
                            Long.toString(passed),
                            Integer.toString(results.size()),
                            Long.toString(passed),
                            Long.toString(results.size() - passed),
                            String.format(Locale.ROOT, "%.1f", seconds),
                            GradeReports.csv(file.toString())));
            out.println(
                    Messages.get(
                            "grade.summary",
                            s.name(),
                            passed,
                            results.size(),
                            String.format(Locale.ROOT, "%.1f", seconds)));
        }
        Files.write(options.report().resolve("summary.csv"), csv, StandardCharsets.UTF_8);
        return allPassed && !files.isEmpty() ? 0 : 1;
    }

    /**
     * The tests of a submission, {@code lesson/step} in lesson order, for the lessons it covers.
     */
    private List<String> tests(Submission s) {
        List<String> tests = new ArrayList<>();
        for (Lesson l : lessons) {
            if (options.lessons().isEmpty()
                    ? s.versions().containsKey(l.id())
                    : options.lessons().contains(l.id())) {
                l.exercises().forEach(ex -> tests.add(l.id() + "/" + ex.id()));
            }
        }
        return tests;
    }

    private List<Instructor.Result> grade(Path file, Submission s) throws IOException {
        List<String> tests = tests(s);
        Map<String, Instructor.Result> results = new LinkedHashMap<>();
        Set<String> lessonIds = new LinkedHashSet<>();
        tests.forEach(t -> lessonIds.add(t.substring(0, t.indexOf('/'))));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(options.submissionSeconds());
        Path log = options.report().resolve(s.name()).resolve("grader.log");
        Files.createDirectories(log.getParent());
        Files.deleteIfExists(log);
        while (results.size() < tests.size()) {
            String stuck = runChild(file, lessonIds, results, deadline, log);
            if (stuck == null) {
                break; // the child finished: anything left was not reached
            }
            if (System.nanoTime() >= deadline) {
                break;
            }
        }
        List<Instructor.Result> ordered = new ArrayList<>();
        for (String t : tests) {
            Instructor.Result r = results.get(t);
            ordered.add(
                    r != null
                            ? r
                            : new Instructor.Result(
                                    t,
                                    false,
                                    System.nanoTime() >= deadline
                                            ? Messages.get(
                                                    "grade.submission-timeout",
                                                    options.submissionSeconds())
                                            : Messages.get("grade.not-reached", "see grader.log")));
        }
        for (Lesson l : lessons) {
            String v = s.versions().get(l.id());
            if (v != null && lessonIds.contains(l.id()) && !v.equals(Submission.version(l))) {
                ordered.replaceAll(
                        r ->
                                r.test().startsWith(l.id() + "/")
                                        ? new Instructor.Result(
                                                r.test(),
                                                r.passed(),
                                                r.output()
                                                        + "\n("
                                                        + Messages.get(
                                                                "grade.version",
                                                                l.id(),
                                                                v,
                                                                Submission.version(l))
                                                        + ")")
                                        : r);
            }
        }
        return ordered;
    }

    /**
     * Runs one grading process over the tests not yet in {@code results}; returns the test it was
     * stopped on (time limit or crash, recorded as a failure), or null if it ran to the end.
     */
    private String runChild(
            Path file,
            Set<String> lessonIds,
            Map<String, Instructor.Result> results,
            long deadline,
            Path log)
            throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("-D") && !arg.startsWith("-Dsun.")
                    || arg.startsWith("-XX:+UseSerialGC")) {
                cmd.add(arg);
            }
        }
        cmd.addAll(
                List.of(
                        "-Xmx" + options.memory(),
                        "-XX:+ExitOnOutOfMemoryError",
                        "-Djava.awt.headless=true",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "dltutor.Main",
                        "--grade-one",
                        file.toAbsolutePath().toString(),
                        String.join(",", lessonIds),
                        String.join(",", results.keySet())));
        ProcessBuilder pb =
                new ProcessBuilder(cmd)
                        .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().put("DLTUTOR_LESSONS", lessonsDir.toAbsolutePath().toString());
        Process child = pb.start();
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String secret = HexFormat.of().formatHex(bytes);
        try (Writer w = new OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8)) {
            w.write(secret + "\n");
        }
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader =
                new Thread(
                        () -> {
                            try (BufferedReader r =
                                    new BufferedReader(
                                            new InputStreamReader(
                                                    child.getInputStream(),
                                                    StandardCharsets.UTF_8))) {
                                for (String line = r.readLine();
                                        line != null;
                                        line = r.readLine()) {
                                    lines.add(line);
                                }
                            } catch (IOException e) {
                                // the child is gone; END follows
                            } finally {
                                lines.add(END);
                            }
                        },
                        "dltutor-grade-reader");
        reader.setDaemon(true);
        reader.start();
        String current = null;
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                long wait =
                        current != null
                                ? Math.min(
                                        left, TimeUnit.SECONDS.toNanos(options.exerciseSeconds()))
                                : left;
                String line = wait <= 0 ? null : lines.poll(wait, TimeUnit.NANOSECONDS);
                if (line == null) {
                    if (current != null) {
                        results.put(
                                current,
                                new Instructor.Result(
                                        current,
                                        false,
                                        Messages.get("grade.timeout", options.exerciseSeconds())));
                    }
                    return current == null ? "" : current;
                }
                if (line.equals(END)) {
                    int status = child.waitFor(5, TimeUnit.SECONDS) ? child.exitValue() : -1;
                    if (current != null) {
                        results.put(
                                current,
                                new Instructor.Result(
                                        current, false, Messages.get("grade.crashed", status)));
                        return current;
                    }
                    return null;
                }
                if (!line.startsWith(secret + " ")) {
                    continue; // learner output, or a forged line: ignored
                }
                String[] parts = line.substring(secret.length() + 1).split(" ", 2);
                switch (parts[0]) {
                    case "START" -> current = parts[1];
                    case "SETUP", "DEMO" -> current = null;
                    case "RESULT" -> {
                        Instructor.Result r =
                                new Gson().fromJson(parts[1], Instructor.Result.class);
                        results.put(r.test(), r);
                        current = null;
                    }
                    default -> {}
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return current;
        } finally {
            child.descendants().forEach(ProcessHandle::destroyForcibly);
            child.destroyForcibly();
        }
    }
}
