package dltutor.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One bad lesson is reported with its file and line and skipped; the others load. */
class LessonCatalogTest {
    static final Path BROKEN = Path.of("src/test/resources/broken-lessons");

    @Test
    void badLessonsAreReportedAndSkipped() {
        LessonLoader.Catalog c = new LessonLoader().catalog(BROKEN);
        assertEquals(List.of("00-sample"), c.lessons().stream().map(Lesson::id).toList());
        assertEquals(3, c.problems().size(), String.join("\n", c.problems()));
        String all = String.join("\n", c.problems());
        assertTrue(
                all.contains(
                        "01-no-front-matter/lesson.md:1: front matter needs one value for 'id'"),
                all);
        assertTrue(all.contains("02-binary/lesson.md:4: this is not UTF-8 text"), all);
        assertTrue(all.contains("03-Upper-Case: skipped: a lesson folder is named NN-slug"), all);
    }
}
