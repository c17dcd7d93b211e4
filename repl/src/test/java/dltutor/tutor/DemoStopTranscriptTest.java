package dltutor.tutor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dltutor.console.ScriptConsole;
import dltutor.lesson.LessonLoader;
import dltutor.progress.ProgressStore;
import dltutor.session.SessionHost;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C during a demo that trains two models: the demo ends without its conclusion, the step is
 * not done, and {@code /show} runs it again to the end.
 */
class DemoStopTranscriptTest {
    /** The first run of the demo is stopped at its third step, as if the learner pressed Ctrl-C. */
    static final String LESSON =
            """
            ---
            id: 00-stop
            title: Stopping a demo
            constraint: welcome
            papers: []
            datasets: []
            prerequisites: []
            minutes: 1
            ---

            # Stopping a demo

            ## Demo: Two trainings {#train}

            ```java
            boolean stopOnce = System.getProperty("dltutor.test.stopped") == null;
            if (stopOnce) {
                System.setProperty("dltutor.test.stopped", "yes");
            }
            var x = manager().randomNormal(new Shape(256, 2));
            var y = x.get(":, 0").gt(0).toType(DataType.FLOAT32, false);
            var cfg = FitConfig.builder().setLoss(Loss.softmaxCrossEntropyLoss()).optEpochs(3).optQuiet(true)
                    .optListener(new dltutor.dl.FitListener() {
                        public void onStep(History h, long step, float loss) {
                            if (stopOnce && step == 3) {
                                dltutor.runtime.Stop.request();
                            }
                        }
                    }).build();
            var first = fit(new SequentialBlock().add(Linear.builder().setUnits(2).build()), x, y, cfg);
            var second = fit(new SequentialBlock().add(Linear.builder().setUnits(2).build()), x, y, cfg);
            System.out.println("CONCLUSION from " + second.steps() + " steps");
            ```

            ## The end {#end}

            That is all.
            """;

    @Test
    @Timeout(120)
    void aStoppedDemoDrawsNoConclusionAndIsNotDone(@TempDir Path dir) throws IOException {
        System.clearProperty("dltutor.test.stopped");
        Path lessons = dir.resolve("lessons");
        Files.createDirectories(lessons.resolve("00-stop"));
        Files.writeString(lessons.resolve("00-stop/lesson.md"), LESSON);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        TutorBuilder builder =
                new TutorBuilder()
                        .lessons(new LessonLoader().loadAll(lessons))
                        .store(new ProgressStore(dir.resolve("home")))
                        .papers(Path.of("../papers"));
        SessionHost host = builder.host();
        String input = String.join("\n", "", "/steps", "/show", "/steps", "/quit");
        ScriptConsole console =
                new ScriptConsole(
                        new BufferedReader(new StringReader(input)), out, host::isComplete, true);
        try {
            assertEquals(0, builder.console(console).build().run());
        } finally {
            host.close();
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        int stopped = text.indexOf("the demo did not finish");
        assertTrue(stopped > 0, text);
        String firstRun = text.substring(0, stopped);
        assertFalse(
                firstRun.matches("(?s).*CONCLUSION from \\d.*"),
                "no conclusion from untrained models:\n" + text);
        String afterStop = text.substring(stopped);
        assertTrue(afterStop.contains("›    2  Demo:"), "the stopped demo is not done:\n" + text);
        assertTrue(
                afterStop.contains("CONCLUSION from 24 steps"),
                "/show runs it again to the end:\n" + text);
        assertTrue(afterStop.contains("› ✓  2  Demo:"), "then it is done:\n" + text);
    }
}
