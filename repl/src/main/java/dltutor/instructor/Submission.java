package dltutor.instructor;

import dltutor.lesson.Lesson;
import dltutor.lesson.LessonException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A learner's exported work ({@code --export}), the input of {@code --grade}: for each lesson its
 * id and version, then each accepted exercise's code under a {@code // @step id} line, as in a
 * lesson's {@code solution.jsh}.
 *
 * <pre>
 *   // dltutor submission 1
 *   // @lesson 00-welcome 3f2a9c0b11d4
 *   // @step center
 *   NDArray center(NDArray x) { ... }
 * </pre>
 *
 * @param name who submitted it (the file name without its extension)
 * @param versions lesson id to the lesson's version when the work was done
 * @param code lesson id to (exercise id to the accepted code)
 */
record Submission(
        String name, Map<String, String> versions, Map<String, Map<String, String>> code) {
    static final String HEADER = "// dltutor submission 1";

    /** A lesson's version: the start of the SHA-256 of its lesson.md and solution.jsh. */
    static String version(Lesson lesson) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String f : List.of("lesson.md", "solution.jsh")) {
                Path p = lesson.dir().resolve(f);
                if (Files.exists(p)) {
                    sha.update(Files.readAllBytes(p));
                }
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (IOException | NoSuchAlgorithmException e) {
            return "unknown";
        }
    }

    /** Reads a submission file. */
    static Submission read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LessonException(file, 0, "cannot read: " + e.getMessage());
        }
        Map<String, String> versions = new LinkedHashMap<>();
        Map<String, Map<String, String>> code = new LinkedHashMap<>();
        String lesson = null;
        String step = null;
        StringBuilder current = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String t = line.strip();
            if (t.startsWith("// @lesson ")) {
                String[] parts = t.substring("// @lesson ".length()).strip().split("\\s+");
                lesson = parts[0];
                versions.put(lesson, parts.length > 1 ? parts[1] : "unknown");
                code.putIfAbsent(lesson, new LinkedHashMap<>());
                current = null;
            } else if (t.startsWith("// @step ")) {
                if (lesson == null) {
                    throw new LessonException(
                            file, i + 1, "a '// @step' line needs a '// @lesson' line before it");
                }
                current = new StringBuilder();
                step = t.substring("// @step ".length()).strip();
                code.get(lesson).put(step, "");
            } else if (current != null) {
                current.append(line).append('\n');
                code.get(lesson).put(step, current.toString().strip());
            }
        }
        String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        return new Submission(name, versions, code);
    }

    /** Writes the submission in its file format. */
    String format() {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        versions.forEach(
                (lesson, version) -> {
                    out.append("// @lesson ")
                            .append(lesson)
                            .append(' ')
                            .append(version)
                            .append('\n');
                    code.getOrDefault(lesson, Map.of())
                            .forEach(
                                    (step, src) ->
                                            out.append("// @step ")
                                                    .append(step)
                                                    .append('\n')
                                                    .append(src.strip())
                                                    .append("\n\n"));
                });
        return out.toString();
    }
}
