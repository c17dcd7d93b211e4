package dltutor.tutor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dltutor.console.ScriptConsole;
import dltutor.lesson.LessonLoader;
import dltutor.progress.ProgressStore;
import dltutor.session.SessionHost;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lesson's check that does not compile is the lesson's error, not the learner's. */
class BadCheckTest {

    @Test
    void aCheckWithASyntaxErrorIsReportedAsTheLessonsError(@TempDir Path home) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        TutorBuilder builder =
                new TutorBuilder()
                        .lessons(
                                new LessonLoader().loadAll(Path.of("src/test/resources/bad-check")))
                        .store(new ProgressStore(home));
        SessionHost host = builder.host();
        String input =
                String.join(
                        "\n", "/goto square", "double square(double x) { return x * x; }", "/quit");
        try {
            builder.console(
                            new ScriptConsole(
                                    new BufferedReader(new StringReader(input)),
                                    out,
                                    host::isComplete,
                                    true))
                    .build()
                    .run();
        } finally {
            host.close();
        }
        String text = bytes.toString(StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        assertTrue(text.contains("an error in the lesson, not in your code"), text);
        assertFalse(text.contains("could not run against your code"), text);
    }

    @Test
    void parserErrorsAreToldFromMissingNames() {
        assertTrue(Grader.syntaxError("illegal start of expression"));
        assertTrue(Grader.syntaxError("';' expected"));
        assertFalse(Grader.syntaxError("cannot find symbol"));
    }
}
