package dltutor.instructor;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The reports {@code --grade} writes for one submission: Gradescope's {@code results.json} (score,
 * max_score, tests with name, score, max_score, status and output) and a JUnit XML report for CI
 * and classroom tools. Each exercise is one test worth one point.
 */
final class GradeReports {
    private static final Gson GSON =
            new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private GradeReports() {}

    /** Writes {@code results.json} and {@code junit.xml} into {@code dir}. */
    static void write(Path dir, String student, List<Instructor.Result> results, double seconds)
            throws IOException {
        Files.createDirectories(dir);
        Files.writeString(
                dir.resolve("results.json"), gradescope(results, seconds), StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("junit.xml"), junit(student, results, seconds), StandardCharsets.UTF_8);
    }

    /** Gradescope's autograder results format. */
    static String gradescope(List<Instructor.Result> results, double seconds) {
        List<Map<String, Object>> tests = new ArrayList<>();
        for (Instructor.Result r : results) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("name", r.test());
            t.put("score", r.passed() ? 1 : 0);
            t.put("max_score", 1);
            t.put("status", r.passed() ? "passed" : "failed");
            t.put("output", r.output());
            tests.add(t);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("score", results.stream().filter(Instructor.Result::passed).count());
        root.put("max_score", results.size());
        root.put("execution_time", Math.round(seconds));
        root.put("tests", tests);
        return GSON.toJson(root) + "\n";
    }

    /** A JUnit XML report: one test suite per submission, one test case per exercise. */
    static String junit(String student, List<Instructor.Result> results, double seconds) {
        long failures = results.stream().filter(r -> !r.passed()).count();
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append(
                String.format(
                        Locale.ROOT,
                        "<testsuite name=\"%s\" tests=\"%d\" failures=\"%d\" errors=\"0\" time=\"%.1f\">%n",
                        xml(student),
                        results.size(),
                        failures,
                        seconds));
        for (Instructor.Result r : results) {
            int slash = r.test().indexOf('/');
            x.append("  <testcase classname=\"")
                    .append(xml(r.test().substring(0, slash)))
                    .append("\" name=\"")
                    .append(xml(r.test().substring(slash + 1)))
                    .append("\"");
            if (r.passed()) {
                x.append(">\n    <system-out>")
                        .append(xml(r.output()))
                        .append("</system-out>\n  </testcase>\n");
            } else {
                String first = r.output().lines().findFirst().orElse("failed");
                x.append(">\n    <failure message=\"")
                        .append(xml(first))
                        .append("\">")
                        .append(xml(r.output()))
                        .append("</failure>\n  </testcase>\n");
            }
        }
        return x.append("</testsuite>\n").toString();
    }

    /** A CSV field, quoted when it needs to be. */
    static String csv(String field) {
        return field.matches("[^,\"\\n\\r]*") ? field : "\"" + field.replace("\"", "\"\"") + "\"";
    }

    private static String xml(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return b.toString();
    }
}
