package dltutor.tutor;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Whole-tutor sessions driven through the builder with scripted input, as a learner would type. */
public class TranscriptTest {
    public static final Path LESSONS = Path.of("src/test/resources/lessons");

    /** Runs a tutor over {@code input}; returns everything it printed. */
    public static String session(Path home, String input, Consumer<TutorBuilder> tweak) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        TutorBuilder builder =
                new TutorBuilder()
                        .lessons(new LessonLoader().loadAll(LESSONS))
                        .store(new ProgressStore(home))
                        .papers(Path.of("../papers"));
        SessionHost host = builder.host();
        ScriptConsole console =
                new ScriptConsole(
                        new BufferedReader(new StringReader(input)), out, host::isComplete, true);
        tweak.accept(builder);
        try {
            assertEquals(0, builder.console(console).build().run());
        } finally {
            host.close();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    public static String session(Path home, String input) {
        return session(home, input, b -> {});
    }

    @Test
    void anAmbiguousPrefixListsTheCommandsItCouldMean(@TempDir Path home) {
        String out = session(home, String.join("\n", "/hi", "/help /hi", "/quit"));
        assertTrue(out.contains("/hi: did you mean /hint or /history?"), out);
        assertEquals(2, out.split("did you mean /hint or /history", -1).length - 1, out);
    }

    @Test
    void wrongAnswerHintSolutionThenRight(@TempDir Path home) {
        String out =
                session(
                        home,
                        String.join(
                                "\n",
                                "",
                                "",
                                "",
                                "double square(double x) { return x + x; }",
                                "/hint",
                                "/hint",
                                "/solution",
                                "System.exit(0)",
                                "double square(double x) {",
                                "    return x * x;",
                                "}",
                                "",
                                "/skip",
                                "3",
                                "2",
                                "",
                                "0.1 + 0.2",
                                "/quit"));
        assertTrue(out.contains("── 00-sample · 4/8 · Exercise: Squares"), out);
        assertTrue(out.contains("Not yet:"), out);
        assertTrue(out.contains("expected"), "a failure says what was expected: " + out);
        assertTrue(out.contains("Hint 1 of 2:\nMultiplication is enough."), out);
        assertTrue(out.contains("Hint 2 of 2:"), out);
        assertTrue(out.contains("The reference solution:"), out);
        assertTrue(
                out.contains("\n        return x * x;"),
                "the solution keeps its indentation:\n" + out);
        assertTrue(out.contains("System.exit would end the tutor"), out);
        assertTrue(out.contains("Passed"), out);
        assertTrue(out.contains("Running the reference solution"), out);
        assertTrue(out.contains("Not 3."), out);
        assertTrue(out.contains("Right."), out);
        assertTrue(out.contains("3 · 3 = 9."), "the explanation follows a right answer: " + out);
        assertTrue(
                out.indexOf("Right.", out.indexOf("0.1 + 0.2")) > 0,
                "an expression answers a numeric quiz");
    }

    @Test
    void theSolutionOpensOnlyAfterAnAttempt(@TempDir Path home) {
        String out = session(home, String.join("\n", "/goto square", "/solution", "/quit"));
        assertTrue(out.contains("Have a go first"), out);
        assertTrue(!out.contains("The reference solution:"), out);
    }

    @Test
    void aCompileErrorIsShownWithACaretAndNotCounted(@TempDir Path home) throws IOException {
        String out =
                session(
                        home,
                        String.join(
                                "\n",
                                "/goto square",
                                "double square(double x) { return x * ; }",
                                "/progress",
                                "/quit"));
        assertTrue(out.contains("Compile error: illegal start of expression"), out);
        assertTrue(out.contains("^"), out);
        assertTrue(out.contains("wrong attempts 0"), out);
    }

    @Test
    void quittingAndRelaunchingResumesWithTheLearnersVariables(@TempDir Path home) {
        session(home, String.join("\n", "", "", "", "int keep = 7;", "/quit"));
        String out = session(home, String.join("\n", "keep + base", "/quit"));
        assertTrue(out.contains("Resuming 00-sample at step 4/8"), out);
        assertTrue(
                out.contains("==> 28"),
                "keep (7) and base (21, from the demo) are restored: " + out);
    }

    @Test
    void runsListsEveryFitAndSkipsACorruptLine(@TempDir Path home) throws IOException {
        Files.createDirectories(home);
        Files.writeString(
                home.resolve("runs.jsonl"),
                "{\"time\":\"2026-12-01T09:00:00Z\",\"lesson\":\"00-welcome\",\"model\":\"X\","
                        + "\"parameters\":10,\"examples\":100,\"steps\":4,\"flops\":6000.0,"
                        + "\"flopsMethod\":\"counted\",\"seconds\":0.5,\"device\":\"cpu()\","
                        + "\"stopped\":false}\n"
                        + "{\"time\":\"2026-12-01T09:01:00Z\",\"lesson\n");
        String out =
                session(
                        home,
                        String.join(
                                "\n",
                                "var d = toArrays(xor(64, 0.1, 1));",
                                "var net = new SequentialBlock().add(Linear.builder().setUnits(2).build());",
                                "fit(net, d.get(0), d.get(1), fitConfig(Loss.softmaxCrossEntropyLoss()).optEpochs(1).optQuiet(true).build());",
                                "/runs",
                                "/quit"));
        assertTrue(out.contains("00-welcome"), out);
        assertTrue(out.contains("All 2 trainings"), out);
        assertTrue(out.contains("1 unreadable line skipped"), out);
        assertEquals(2, Files.readAllLines(home.resolve("runs.jsonl")).size() - 1, out);
    }

    @Test
    void aCorruptProgressFileIsMovedAsideAndNothingIsLost(@TempDir Path home) throws IOException {
        Files.writeString(home.resolve("progress.json"), "this is not json");
        String out = session(home, String.join("\n", "1 + 1", "/quit"));
        assertTrue(out.contains("could not be read"), out);
        assertTrue(out.contains("==> 2"), "the tutor goes on: " + out);
        try (var files = Files.list(home)) {
            assertTrue(
                    files.anyMatch(
                            f -> f.getFileName().toString().startsWith("progress.json.corrupt-")));
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void ctrlCStopsARunningSnippetAndTheTutorGoesOn(@TempDir Path home) {
        String out =
                session(
                        home,
                        String.join("\n", "while (true) { }", "40 + 2", "/quit"),
                        builder -> {
                            Thread stopper =
                                    new Thread(
                                            () -> {
                                                try {
                                                    // stop once the loop runs (on a loaded machine
                                                    // the session may still be starting)
                                                    while (!builder.host().running()) {
                                                        Thread.sleep(50);
                                                    }
                                                    Thread.sleep(300);
                                                } catch (InterruptedException e) {
                                                    return;
                                                }
                                                builder.host().stop();
                                            });
                            stopper.setDaemon(true);
                            stopper.start();
                        });
        assertTrue(out.contains("Stopped."), out);
        assertTrue(out.contains("==> 42"), out);
    }

    @Test
    void commandsWorkInsideAnUnfinishedSnippetAndUnknownOnesAreExplained(@TempDir Path home) {
        String out =
                session(
                        home,
                        String.join(
                                "\n",
                                "for (int i = 0; i < 2; i++) {",
                                "/steps",
                                "/frobnicate",
                                "/quit"));
        assertTrue(out.contains("{square}"), "/steps ran: " + out);
        assertTrue(out.contains("Unknown command /frobnicate"), out);
    }

    @Test
    void exceptionsShowTypeMessageAndWhere(@TempDir Path home) {
        String out =
                session(
                        home,
                        String.join("\n", "int f(int x) { return 10 / x; }", "f(0)", "/quit"));
        assertTrue(out.contains("Exception ArithmeticException: / by zero (at f (#"), out);
    }

    @Test
    void aDiskThatRefusesWritesIsReportedOnceAndTheTutorGoesOn(@TempDir Path dir)
            throws IOException {
        Path home = dir.resolve("home");
        Files.writeString(home, "a file where the progress folder should be");
        String out = session(home, String.join("\n", "", "int x = 4;", "x * 2", "/quit"));
        assertTrue(out.contains("Could not save progress"), out);
        assertEquals(
                out.indexOf("Could not save progress"),
                out.lastIndexOf("Could not save progress"),
                out);
        assertTrue(out.contains("==> 8"), out);
    }
}
