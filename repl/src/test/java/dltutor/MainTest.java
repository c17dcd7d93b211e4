package dltutor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Main's argument handling: each mode's usage errors and exit statuses, and --run end to end. */
class MainTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private int run(String... args) {
        return Main.run(args, out);
    }

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertEquals(2, run("--frobnicate"));
        assertEquals("Unknown option --frobnicate; try --help.\n", printed());
    }

    @Test
    void checkWithAnUnknownLessonIdSaysSoAndRunsNothing() {
        assertEquals(2, run("--check", "--strict", "99-no-such-lesson"));
        assertTrue(
                printed()
                        .contains(
                                "Unknown lesson id among [99-no-such-lesson]; --list shows them."),
                printed());
        assertTrue(!printed().contains("passed"), "nothing ran: " + printed());
    }

    @Test
    void runWantsExactlyOneFile() {
        assertEquals(2, run("--run"));
        assertEquals(2, run("--run", "a.jsh", "b.jsh"));
        assertEquals("usage: tutor --run FILE.jsh\nusage: tutor --run FILE.jsh\n", printed());
    }

    @Test
    void exportWantsExactlyOneFile() {
        assertEquals(2, run("--export"));
        assertEquals("usage: tutor --export FILE\n", printed());
    }

    @Test
    void gradeOneWithTheWrongArgumentsFailsQuietly() {
        assertEquals(2, run("--grade-one", "only-one"));
        assertEquals("", printed());
    }

    @Test
    void listShowsTheLessonsWithTheirState(@TempDir Path home) {
        // DLTUTOR_HOME is not set in the tests: the list reads the lessons folder and no progress
        assertEquals(0, run("--list"));
        assertTrue(
                printed()
                        .lines()
                        .anyMatch(l -> l.matches("00-welcome\\s+(new|started|done)\\s+.+")),
                printed());
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void runRunsAScriptInATutorSession(@TempDir Path dir) throws IOException {
        Path script = dir.resolve("sum.jsh");
        Files.writeString(
                script,
                "int a = 40;\nint sum(int x,\n        int y) {\n    return x + y;\n}\nsum(a, 2)\n");
        int status = run("--run", script.toString());
        assertTrue(printed().contains("a ==> 40"), printed());
        assertTrue(
                printed().contains("==> 42"),
                "a method over several lines is one snippet: " + printed());
        assertEquals(0, status, printed());
    }
}
