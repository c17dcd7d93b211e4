package dltutor.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes a small lesson folder for a test: valid front matter, then the given body lines. */
final class TempLesson {

    private TempLesson() {}

    /**
     * Writes {@code dir/id/lesson.md}: six lines of front matter, a blank line, then {@code body}
     * (so the body's first line is line 8).
     *
     * @return the lesson folder
     */
    static Path write(Path dir, String id, String title, String... body) throws IOException {
        Path lesson = dir.resolve(id);
        Files.createDirectories(lesson);
        List<String> lines =
                new ArrayList<>(
                        List.of(
                                "---",
                                "id: " + id,
                                "title: " + title,
                                "constraint: data",
                                "minutes: 5",
                                "---",
                                ""));
        lines.addAll(List.of(body));
        Files.writeString(lesson.resolve("lesson.md"), String.join("\n", lines));
        return lesson;
    }
}
