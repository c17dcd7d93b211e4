package dltutor.tutor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dltutor.lesson.Lesson;
import dltutor.lesson.LessonLoader;
import dltutor.lesson.Step;
import dltutor.session.SessionHost;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The grader cannot be fooled by learner code that forges a verdict or throws an Error. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class GraderTest {
    private static SessionHost host;
    private static Step.Exercise square;

    @BeforeAll
    static void start() {
        Lesson lesson = new LessonLoader().loadAll(TranscriptTest.LESSONS).get(0);
        square =
                lesson.steps().stream()
                        .filter(s -> s.id().equals("square"))
                        .map(Step.Exercise.class::cast)
                        .findFirst()
                        .orElseThrow();
        host = new SessionHost();
        host.start(lesson, List.of());
        host.awaitReady();
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    @BeforeEach
    void forget() {
        host.session().drop("square");
    }

    private Grader.Graded grade(String answer) {
        host.evalQuiet(answer);
        return new Grader(host).grade(square);
    }

    @Test
    void theReferencePasses() {
        assertTrue(grade("double square(double x) { return x * x; }").passed());
    }

    @Test
    void aForgedVerdictThenAnErrorFails() {
        Grader.Graded g =
                grade(
                        "double square(double x) {"
                                + " dltutor.check.Bridge.run(\"x\", \"x\", 0L, () -> {}); throw new Error(\"gotcha\"); }");
        assertFalse(g.passed());
        String message = ((dltutor.check.Verdict.Fail) g.firstFailure()).message();
        assertTrue(message.contains("Bridge.run"), message);
    }

    @Test
    void aForgedVerdictCaughtByTheLearnerStillFails() {
        Grader.Graded g =
                grade(
                        "double square(double x) { try {"
                                + " dltutor.check.Bridge.run(\"x\", \"x\", 0L, () -> {}); } catch (Throwable t) {}"
                                + " throw new Error(\"gotcha\"); }");
        assertFalse(g.passed());
    }

    @Test
    void aVerdictRecordedBeforeTheCheckIsIgnored() {
        host.evalQuiet(
                "dltutor.check.Bridge.run(\"x\", \"square matches x² on random inputs\", 0L, () -> {});");
        Grader.Graded g = grade("double square(double x) { throw new Error(\"gotcha\"); }");
        assertFalse(g.passed());
    }

    @Test
    void aLearnerClassNamedLikeASessionImportIsRefusedAndTheSessionKeepsWorking() {
        for (String name : List.of("History", "Points", "Model", "Expect")) {
            List<dltutor.session.Outcome> refused = host.eval("class " + name + " {}");
            assertEquals(1, refused.size());
            String message = refused.get(0).errors().get(0).message();
            assertTrue(
                    message.startsWith(name + " is already taken") && message.contains("My" + name),
                    message);
            assertTrue(host.eval("int k = 2 + 2;").get(0).ok());
            assertTrue(
                    host.eval("var h = " + name + ".class.getName();")
                            .get(0)
                            .value()
                            .contains("."));
        }
        assertTrue(grade("double square(double x) { return x * x; }").passed());
    }

    @Test
    void aLearnerHelperWithAToolkitNameDoesNotBendAQualifiedCheck() {
        host.evalQuiet("double[] toDoubles(NDArray a) { return new double[0]; }");
        try {
            List<dltutor.session.Outcome> o =
                    host.evalQuiet(
                            "double got = dltutor.dl.Toolkit.toDoubles(manager().create(new float[] {1, 2}))[1];");
            assertEquals("2.0", o.get(0).value());
        } finally {
            host.session().drop("toDoubles");
        }
    }

    @Test
    void aRandomCheckNamesItsSeedAndReplaysIt() {
        host.evalQuiet("double square(double x) { return x + x; }");
        Grader grader = new Grader(host);
        String first = ((dltutor.check.Verdict.Fail) grader.grade(square).firstFailure()).message();
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("\\(seed (\\d+)\\)$").matcher(first);
        assertTrue(m.find(), first);
        grader.replaySeed(Long.parseLong(m.group(1)));
        assertEquals(
                first,
                ((dltutor.check.Verdict.Fail) grader.grade(square).firstFailure()).message());
    }

    @Test
    void aDifferenceBelowDisplayPrecisionIsShownWithEnoughDigits() {
        String message =
                org.junit.jupiter.api.Assertions.assertThrows(
                                dltutor.check.CheckFailure.class,
                                () -> dltutor.check.Expect.close("x", 0.6703912, 0.6703914, 1e-9))
                        .getMessage();
        assertTrue(message.startsWith("x: expected 0.6703914, got 0.6703912"), message);
    }

    @Test
    void anErrorIsAReadableFailure() {
        Grader.Graded g = grade("double square(double x) { throw new OutOfMemoryError(\"big\"); }");
        assertFalse(g.passed());
        String message = ((dltutor.check.Verdict.Fail) g.firstFailure()).message();
        assertTrue(message.startsWith("running your code raised OutOfMemoryError: big"), message);
        assertFalse(message.contains("Raised["), message);
    }
}
