package dltutor.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void theIndexReadsFrontMatterNowAndStepsOnFirstUseTheSameAsTheCatalog() {
        Path lessons = Path.of("src/test/resources/lessons");
        List<Lesson> eager = new LessonLoader().catalog(lessons).lessons();
        LessonLoader.Catalog index = new LessonLoader().index(lessons);
        assertTrue(index.problems().isEmpty(), String.join("\n", index.problems()));
        assertEquals(eager.size(), index.lessons().size());
        for (int i = 0; i < eager.size(); i++) {
            Lesson lazy = index.lessons().get(i);
            assertEquals(eager.get(i).meta(), lazy.meta());
            assertFalse(lazy.parsed(), "parsed before first use: " + lazy.id());
            assertEquals(eager.get(i).steps(), lazy.steps());
            assertEquals(eager.get(i).prelude(), lazy.prelude());
            assertTrue(lazy.parsed());
        }
    }

    @Test
    void theIndexSkipsBadFrontMatterLikeTheCatalog() {
        LessonLoader.Catalog c = new LessonLoader().index(BROKEN);
        assertEquals(List.of("00-sample"), c.lessons().stream().map(Lesson::id).toList());
        assertEquals(3, c.problems().size(), String.join("\n", c.problems()));
    }

    @Test
    void aLessonWhoseBodyIsBrokenOpensAsOneStepThatSaysWhy(@TempDir Path dir) throws IOException {
        TempLesson.write(
                dir,
                "01-thin",
                "Thin",
                "## Exercise: One hint {#one}",
                "",
                "Do it.",
                "",
                "### Hints",
                "",
                "1. Only one.");
        LessonLoader.Catalog c = new LessonLoader().index(dir);
        assertTrue(c.problems().isEmpty());
        Lesson l = c.lessons().get(0);
        assertEquals("Thin", l.title());
        assertEquals(1, l.steps().size());
        Step only = l.steps().get(0);
        assertTrue(only instanceof Step.Prose);
        assertTrue(only.markdown().contains("lesson.md"), only.markdown());
        assertTrue(only.markdown().contains("--check 01-thin"), only.markdown());
        assertEquals("", l.prelude());
    }
}
