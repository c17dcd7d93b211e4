package dltutor.tutor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dltutor.dl.FitCache;
import dltutor.dl.Training;
import dltutor.progress.Progress;
import dltutor.progress.ProgressStore;
import dltutor.session.Replay;
import dltutor.session.SessionHost;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Resuming a lesson: the replay of the journal never locks the learner out. */
class ResumeTest {

    @AfterEach
    void defaultLimit() {
        System.clearProperty("dltutor.replay.limit");
    }

    static void journal(Path home, String lesson, List<String> snippets) throws IOException {
        Progress p = new Progress();
        p.setCurrentLesson(lesson);
        p.lesson(lesson).setStep("square");
        p.lesson(lesson).journal().addAll(snippets);
        new ProgressStore(home).save(p);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aSnippetThatNeverFinishesIsStoppedAndTheLearnerGetsIn(@TempDir Path home)
            throws IOException {
        System.setProperty("dltutor.replay.limit", "1500");
        journal(
                home,
                "00-sample",
                List.of("int before = 1;", "while (true) { }", "int after = 2;"));
        String out =
                TranscriptTest.session(
                        home, String.join("\n", "before + after + 39", "/prune", "/quit"));
        assertTrue(out.contains("Not restored: 1 of the 3 snippets"), out);
        assertTrue(out.contains("while (true) { }  (stopped after 1 s)"), out);
        assertTrue(out.contains("==> 42"), "the snippets around it are restored: " + out);
        assertTrue(out.contains("Removed 1 snippets"), out);
        Progress saved = new ProgressStore(home).load().progress();
        assertEquals(
                List.of("int before = 1;", "int after = 2;"),
                saved.lesson("00-sample").journal().subList(0, 2));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void ctrlCWhileWaitingSkipsTheRestOfTheReplay(@TempDir Path home) throws IOException {
        journal(
                home,
                "00-sample",
                List.of("int before = 1;", "while (true) { }", "int after = 2;"));
        String out =
                TranscriptTest.session(
                        home,
                        String.join("\n", "40 + 2", "/quit"),
                        builder -> {
                            Thread stopper =
                                    new Thread(
                                            () -> {
                                                try {
                                                    // Ctrl-C once the replay is inside the endless
                                                    // loop (the load of the machine varies)
                                                    Replay r;
                                                    while ((r = builder.host().replaying()) == null
                                                            || r.current() < 2) {
                                                        Thread.sleep(50);
                                                    }
                                                    Thread.sleep(500);
                                                } catch (InterruptedException e) {
                                                    return;
                                                }
                                                builder.host().stop();
                                            });
                            stopper.setDaemon(true);
                            stopper.start();
                        });
        assertTrue(out.contains("Still restoring your session"), out);
        assertTrue(out.contains("Not restored: 2 of the 3 snippets"), out);
        assertTrue(out.contains("while (true) { }  (stopped with Ctrl-C)"), out);
        assertTrue(out.contains("int after = 2;  (not tried: you stopped the restore)"), out);
        assertTrue(out.contains("==> 42"), out);
        Progress saved = new ProgressStore(home).load().progress();
        assertTrue(
                saved.lesson("00-sample").journal().contains("while (true) { }"),
                "only the learner removes snippets (/prune)");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void enterAndTabNeverWaitForAReplay() {
        try (SessionHost host = new SessionHost()) {
            host.start(null, List.of("while (true) { }"));
            while (host.replaying() == null || host.replaying().current() < 1) {
                sleep(5); // not a busy spin: on two loaded cores it starved the replay
            }
            long t0 = System.nanoTime();
            assertTrue(host.isComplete("int x = 1;"));
            assertTrue(!host.isComplete("for (int i = 0; i < 3; i++) {"));
            assertTrue(host.complete("Sys", 3, new int[1]).isEmpty());
            assertTrue(
                    System.nanoTime() - t0 < 1_000_000_000L,
                    "answered at once while the replay runs");
            host.stop(); // Ctrl-C: the replay ends, and closing does not hang
            assertTrue(host.awaitReady() == null);
            Replay.Report report = host.takeReplayReport();
            assertTrue(report.cancelled() && report.skipped().size() == 1, String.valueOf(report));
        }
    }

    @Test
    void aSnippetThatNoLongerCompilesIsReported(@TempDir Path home) throws IOException {
        journal(home, "00-sample", List.of("int gone = removedToolkitCall(3);", "int kept = 5;"));
        String out = TranscriptTest.session(home, String.join("\n", "kept * 2", "/quit"));
        assertTrue(out.contains("Not restored: 1 of the 2 snippets"), out);
        assertTrue(
                out.contains(
                        "int gone = removedToolkitCall(3);  (compile error: cannot find symbol"),
                out);
        assertTrue(out.contains("==> 10"), out);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aTrainingStoppedAtStepKResumesAsTheModelOfStepKWithoutTraining(@TempDir Path home) {
        String train =
                "History hh = fit(net, xs, ys, fitConfig(Loss.l2Loss()).optSgd(0.05f).optSteps(1000)"
                        + ".optQuiet(true).optListener(new dltutor.dl.FitListener() { public void onStep(History h, long s,"
                        + " float l) { if (s == 7) dltutor.runtime.Stop.request(); } }).build());";
        String show =
                "String.format(\"w=%.6f steps=%d stopped=%b\", "
                        + "net.getParameters().get(0).getValue().getArray().sum().getFloat(), hh.steps(), hh.stopped())";
        String first =
                TranscriptTest.session(
                        home,
                        String.join(
                                "\n",
                                "seed(3);",
                                "var xs = manager().randomNormal(new Shape(256, 4));",
                                "var ys = xs.sum(new int[] {1}, true);",
                                "var net = new SequentialBlock().add(Linear.builder().setUnits(1).build());",
                                train,
                                show,
                                "/quit"));
        String live = valueOf(first, "w=");
        assertTrue(live.contains("steps=7 stopped=true"), first);
        long stepsBefore = Training.stepsTrained();
        int restoredBefore = FitCache.restoredCount();
        String second = TranscriptTest.session(home, String.join("\n", show, "/quit"));
        assertEquals(live, valueOf(second, "w="), "the same parameters and history: " + second);
        assertEquals(stepsBefore, Training.stepsTrained(), "the replay took no training step");
        assertEquals(restoredBefore + 1, FitCache.restoredCount());
        assertTrue(!second.contains("Not restored"), second);
    }

    private static String valueOf(String out, String start) {
        int at = out.lastIndexOf("\"" + start);
        assertTrue(at >= 0, out);
        return out.substring(at, out.indexOf('\n', at));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
