package dltutor.instructor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dltutor.lesson.Lesson;
import dltutor.lesson.LessonLoader;
import dltutor.progress.Progress;
import dltutor.progress.ProgressStore;
import dltutor.tutor.TranscriptTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Instructor mode: --export writes accepted work; --grade grades it in fresh JVMs within limits.
 */
class InstructorTest {
    private static final List<Lesson> LESSONS = new LessonLoader().loadAll(TranscriptTest.LESSONS);

    private static String submission(String... stepsAndCode) {
        StringBuilder s =
                new StringBuilder(
                        Submission.HEADER
                                + "\n// @lesson 00-sample "
                                + Submission.version(LESSONS.get(0))
                                + "\n");
        for (int i = 0; i < stepsAndCode.length; i += 2) {
            s.append("// @step ")
                    .append(stepsAndCode[i])
                    .append('\n')
                    .append(stepsAndCode[i + 1])
                    .append('\n');
        }
        return s.toString();
    }

    @Test
    void exportWritesEachAcceptedExerciseUnderItsStep(@TempDir Path home) throws IOException {
        Progress p = new Progress();
        p.lesson("00-sample").exercise("square").setPassed();
        p.lesson("00-sample")
                .exercise("square")
                .setAccepted("double square(double x) {\n    return x * x;\n}");
        p.lesson("00-sample").exercise("twice").countAttempt(); // tried, never passed: not exported
        new ProgressStore(home).save(p);
        Path file = home.resolve("out/ada.jsh");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertEquals(
                0,
                Instructor.export(
                        file, home, LESSONS, new PrintStream(bytes, true, StandardCharsets.UTF_8)));
        Submission s = Submission.read(file);
        assertEquals("ada", s.name());
        assertEquals(Submission.version(LESSONS.get(0)), s.versions().get("00-sample"));
        assertEquals(
                java.util.Map.of("square", "double square(double x) {\n    return x * x;\n}"),
                s.code().get("00-sample"));
        assertTrue(Files.readString(file).contains("// @step square\n"));
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aPassingAnswerAtThePromptIsWhatExportWrites(@TempDir Path home) throws IOException {
        TranscriptTest.session(
                home,
                String.join(
                        "\n",
                        "",
                        "",
                        "",
                        "double square(double x) { return x + x; }",
                        "double square(double x) { return x * x; }",
                        "/quit"));
        Path file = home.resolve("bob.jsh");
        assertEquals(
                0,
                Instructor.export(
                        file,
                        home,
                        LESSONS,
                        new PrintStream(
                                new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
        String square = Submission.read(file).code().get("00-sample").get("square");
        assertTrue(square.endsWith("double square(double x) { return x * x; }"), square);
    }

    @Test
    @Timeout(value = 600, unit = TimeUnit.SECONDS)
    void gradeAFolderOfCompletePartialAndLoopingSubmissions(@TempDir Path dir) throws IOException {
        Path subs = Files.createDirectories(dir.resolve("submissions"));
        Files.writeString(
                subs.resolve("complete.jsh"),
                submission(
                        "square",
                        "double square(double x) { return x * x; }",
                        "twice",
                        "int twice = 2 * base;"));
        Files.writeString(
                subs.resolve("partial.jsh"),
                submission("square", "double square(double x) { return x * x; }"));
        Files.writeString(
                subs.resolve("looping.jsh"),
                submission(
                        "square",
                        "double square(double x) { while (true) {} }",
                        "twice",
                        "int twice = base + base;"));
        Files.writeString(subs.resolve("stray.jsh"), "double square(double x) { return x * x; }\n");
        Path report = dir.resolve("report");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status =
                SubmissionGrader.main(
                        List.of(
                                subs.toString(),
                                "--report",
                                report.toString(),
                                "--exercise-seconds",
                                "20",
                                "--submission-seconds",
                                "120",
                                "--memory",
                                "512m"),
                        LESSONS,
                        TranscriptTest.LESSONS,
                        new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(
                1,
                status,
                "a submission without full marks makes the exit status non-zero: " + out);
        List<String> csv = Files.readAllLines(report.resolve("summary.csv"));
        assertEquals("student,score,max_score,passed,failed,seconds,file", csv.get(0));
        assertTrue(csv.get(1).startsWith("complete,2,2,2,0,"), csv.toString());
        assertTrue(csv.get(2).startsWith("looping,1,2,1,1,"), csv.toString());
        assertTrue(csv.get(3).startsWith("partial,1,2,1,1,"), csv.toString());
        String looping = Files.readString(report.resolve("looping/results.json"));
        assertTrue(
                looping.contains("\"score\": 1,") && looping.contains("\"max_score\": 2,"),
                looping);
        assertTrue(looping.contains("took longer than 20 s"), looping);
        String partial = Files.readString(report.resolve("partial/results.json"));
        assertTrue(partial.contains("no answer submitted"), partial);
        assertTrue(csv.get(4).startsWith("stray,0,1,0,1,"), csv.toString());
        for (String row : csv.subList(1, csv.size())) {
            assertTrue(
                    Double.parseDouble(row.split(",")[5]) < 120 + 15,
                    "within the submission limit: " + row);
        }
        assertTrue(
                Files.readString(report.resolve("stray/results.json")).contains("names no lesson"));
        String junit = Files.readString(report.resolve("looping/junit.xml"));
        assertTrue(
                junit.contains("<testsuite name=\"looping\" tests=\"2\" failures=\"1\"")
                        && junit.contains(
                                "<testcase classname=\"00-sample\" name=\"square\">\n    <failure"),
                junit);
    }
}
