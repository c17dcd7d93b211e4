package dltutor.tutor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dltutor.console.JLineConsole;
import dltutor.lesson.LessonLoader;
import dltutor.progress.ProgressStore;
import dltutor.session.SessionHost;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Tab after a command completes its argument, through a real JLine console and a whole tutor. */
class CommandCompletionTest {

    private static String typed(Path home, String keys) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Terminal t =
                new DumbTerminal(
                        "test",
                        "xterm",
                        new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)),
                        out,
                        StandardCharsets.UTF_8);
        TutorBuilder builder =
                new TutorBuilder()
                        .lessons(new LessonLoader().loadAll(TranscriptTest.LESSONS))
                        .store(new ProgressStore(home))
                        .papers(Path.of("../papers"));
        SessionHost host = builder.host();
        JLineConsole.Hooks hooks =
                new JLineConsole.Hooks(
                        host::isComplete,
                        host::complete,
                        builder.commandCompletion(),
                        s -> s,
                        null);
        try (JLineConsole console = new JLineConsole(t, hooks)) {
            assertEquals(0, builder.console(console).build().run());
        } finally {
            host.close();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void gotoTabCompletesAStepId(@TempDir Path home) throws IOException {
        String out = typed(home, "/goto tw\t\n/quit\n");
        // "/goto tw" alone names no step: only the completion to "twice" gets there
        assertTrue(out.contains("── 00-sample · 5/8 · Exercise: Twice the base"), out);
        assertTrue(!out.contains(dltutor.text.Messages.get("tutor.err.no-step", "tw")), out);
    }

    @Test
    void theCompletionOffersStepsThenLessonsOnceTheTutorIsBuilt(@TempDir Path home) {
        TutorBuilder builder =
                new TutorBuilder()
                        .lessons(new LessonLoader().loadAll(TranscriptTest.LESSONS))
                        .store(new ProgressStore(home));
        var completion = builder.commandCompletion();
        assertEquals(List.of(), completion.arguments("/goto"), "nothing before the tutor exists");
        assertTrue(
                completion
                        .names()
                        .containsAll(List.of("/goto", "/hint", "/history", "/paper", "/lessons")));
    }
}
