package dltutor.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonLoaderTest {
    static final Path SAMPLES = Path.of("src/test/resources/lessons");

    @Test
    void readsEveryKindOfStep() {
        Lesson l = new LessonLoader().load(SAMPLES.resolve("00-sample"));
        assertEquals("00-sample", l.id());
        assertEquals(
                List.of("intro", "reading", "demo", "square", "twice", "pick", "number", "end"),
                l.steps().stream().map(Step::id).toList());
        Step.Demo demo = assertInstanceOf(Step.Demo.class, l.steps().get(2));
        assertEquals(List.of("var base = 21;"), demo.code());
        Step.Exercise ex = assertInstanceOf(Step.Exercise.class, l.steps().get(3));
        assertTrue(ex.starter().contains("return 0;"));
        assertEquals(1, ex.checks().size());
        assertEquals("square matches x² on random inputs", ex.checks().get(0).name());
        assertEquals(List.of("Multiplication is enough.", "`return x * x;`"), ex.hints());
        assertTrue(ex.solution().contains("return x * x;"));
        assertTrue(ex.explanation().startsWith("Squaring"));
        assertTrue(!ex.markdown().contains("Expect."), "checks are hidden from the prose");
        Step.Quiz pick = assertInstanceOf(Step.Quiz.class, l.steps().get(5));
        assertEquals(3, pick.options().size());
        assertTrue(pick.answer().accepts("2"));
        assertTrue(!pick.answer().accepts("1"));
        Step.Quiz number = assertInstanceOf(Step.Quiz.class, l.steps().get(6));
        assertTrue(number.answer().accepts("0.301"));
        assertTrue(!number.answer().accepts("0.31"));
    }

    @Test
    void loadAllKeepsFolderOrder() {
        assertEquals(
                List.of("00-sample"),
                new LessonLoader().loadAll(SAMPLES).stream().map(Lesson::id).toList());
    }

    @Test
    void errorsNameTheFileAndLine(@TempDir Path dir) throws IOException {
        Path lesson = dir.resolve("01-broken");
        Files.createDirectories(lesson);
        Files.writeString(
                lesson.resolve("lesson.md"),
                String.join(
                        "\n",
                        "---",
                        "id: 01-broken",
                        "title: Broken",
                        "constraint: data",
                        "minutes: 5",
                        "---",
                        "",
                        "# Broken",
                        "",
                        "## A step without an id",
                        "",
                        "text"));
        LessonException e =
                assertThrows(LessonException.class, () -> new LessonLoader().load(lesson));
        assertTrue(e.getMessage().contains("lesson.md:10"), e.getMessage());
    }

    @Test
    void anExerciseNeedsTwoHintsAndASolution(@TempDir Path dir) throws IOException {
        Path lesson =
                TempLesson.write(
                        dir,
                        "01-thin",
                        "Thin",
                        "## Exercise: One hint {#one}",
                        "",
                        "Do it.",
                        "",
                        "```java check it works",
                        "Expect.that(true, \"\");",
                        "```",
                        "",
                        "### Hints",
                        "",
                        "1. Only one.");
        LessonException e =
                assertThrows(LessonException.class, () -> new LessonLoader().load(lesson));
        assertTrue(e.getMessage().contains("two hints"), e.getMessage());
    }

    @Test
    void aCheckTitleWithBackticksIsRefusedNotSilentlyDropped(@TempDir Path dir) throws IOException {
        Path lesson =
                TempLesson.write(
                        dir,
                        "01-tick",
                        "Tick",
                        "## Exercise: Square {#square}",
                        "",
                        "Write it.",
                        "",
                        "```java check `square` squares",
                        "Expect.that(true, \"\");",
                        "```");
        LessonException e =
                assertThrows(LessonException.class, () -> new LessonLoader().load(lesson));
        assertTrue(e.getMessage().contains("lesson.md:12"), e.getMessage());
        assertTrue(e.getMessage().contains("backticks"), e.getMessage());
    }

    @Test
    void frontMatterIdMustMatchTheFolder(@TempDir Path dir) throws IOException {
        Path lesson = dir.resolve("01-name");
        Files.createDirectories(lesson);
        Files.writeString(
                lesson.resolve("lesson.md"),
                String.join(
                        "\n",
                        "---",
                        "id: 01-other",
                        "title: T",
                        "constraint: data",
                        "minutes: 5",
                        "---",
                        "",
                        "Hello."));
        LessonException e =
                assertThrows(LessonException.class, () -> new LessonLoader().load(lesson));
        assertTrue(e.getMessage().contains("does not match"), e.getMessage());
    }
}
