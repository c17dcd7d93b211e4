package dltutor.tutor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main screens, compared as whole text with the files in {@code src/test/resources/golden}: a
 * lesson step, a failed check with its caret, and /help. A layout change shows up here as a diff.
 * After a deliberate change, rewrite the files with {@code -Ddltutor.golden.update=true} and read
 * the diff before committing it.
 */
class GoldenTranscriptTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    /**
     * The transcript without what varies from run to run: the engine's log lines (written from the
     * session's thread whenever the engine loads) and the temporary home folder.
     */
    private static String transcript(Path home, String... inputs) {
        String out = TranscriptTest.session(home, String.join("\n", inputs));
        return out.lines()
                .filter(
                        l ->
                                !l.contains("[dltutor-session]")
                                        && !l.contains("[main] ")
                                        && !l.startsWith("SLF4J"))
                .map(l -> l.replace(home.toString(), "$HOME"))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name + ".txt");
        if (Boolean.getBoolean("dltutor.golden.update") || !Files.exists(file)) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "golden file " + file);
    }

    @Test
    void aLessonStep(@TempDir Path home) throws IOException {
        assertGolden("lesson-step", transcript(home, "/goto square", "/quit"));
    }

    @Test
    void aFailedCheckWithItsCaret(@TempDir Path home) throws IOException {
        assertGolden(
                "failed-check",
                transcript(
                        home,
                        "/goto twice",
                        "int twice = 2 * ;",
                        "int twice = base * base;",
                        "/quit"));
    }

    @Test
    void theHelpScreen(@TempDir Path home) throws IOException {
        assertGolden("help", transcript(home, "/help", "/help goto", "/hi", "/quit"));
    }
}
