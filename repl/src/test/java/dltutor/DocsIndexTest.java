package dltutor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dltutor.lesson.Lesson;
import dltutor.lesson.LessonLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The tables of contents stay complete: every lesson is in the README's lesson table and in
 * lessons/README.md, every paper note is in papers/README.md, and every paper a lesson cites has a
 * note.
 */
class DocsIndexTest {
    static final Path ROOT = Path.of("..");

    @Test
    void everyLessonIsInBothTables() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        String toc = Files.readString(ROOT.resolve("lessons/README.md"));
        List<String> missing = new ArrayList<>();
        for (Lesson l : new LessonLoader().loadAll(ROOT.resolve("lessons"))) {
            if (!readme.contains("| " + l.id() + " |")) {
                missing.add("README.md lacks a row for " + l.id());
            }
            if (!toc.contains("[" + l.id() + "](" + l.id() + "/lesson.md)")) {
                missing.add("lessons/README.md lacks a row for " + l.id());
            }
        }
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }

    @Test
    void everyPaperNoteIsIndexedAndEveryCitationHasANote() throws IOException {
        Path papers = ROOT.resolve("papers");
        String index = Files.readString(papers.resolve("README.md"));
        List<String> missing = new ArrayList<>();
        try (Stream<Path> notes = Files.list(papers)) {
            for (Path p : notes.toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".md") && !name.equals("README.md")) {
                    String id = name.substring(0, name.length() - 3);
                    if (!index.contains("[" + id + "](" + name + ")")) {
                        missing.add("papers/README.md lacks " + id);
                    }
                }
            }
        }
        for (Lesson l : new LessonLoader().loadAll(ROOT.resolve("lessons"))) {
            for (String paper : l.meta().papers()) {
                if (!Files.exists(papers.resolve(paper + ".md"))) {
                    missing.add(l.id() + " cites " + paper + ", which has no note in papers/");
                }
            }
        }
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }
}
