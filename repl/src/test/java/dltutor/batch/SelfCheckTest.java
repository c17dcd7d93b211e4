package dltutor.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dltutor.lesson.LessonLoader;
import dltutor.tutor.TranscriptTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The self-check proves the checks: wrong answers must fail, alternatives pass, checks are
 * qualified.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class SelfCheckTest {

    private static String run(Path lessons, int expectedStatus) {
        return run(lessons, 1, expectedStatus);
    }

    private static String run(Path lessons, int seeds, int expectedStatus) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int status =
                new SelfCheck(out, false).seeds(seeds).run(new LessonLoader().loadAll(lessons));
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(expectedStatus, status, text);
        return text;
    }

    @Test
    void theSampleLessonPassesWithItsWrongAndAlternativeAnswers() {
        String out = run(TranscriptTest.LESSONS, 0);
        assertTrue(out.contains("6 wrong answers rejected, 2 alternatives accepted\n"), out);
        assertTrue(out.contains("00-sample/pick") && out.contains("key 2 accepted"), out);
        assertTrue(out.endsWith(" passed, 0 failed\n"), out);
    }

    @Test
    void aWrongAnswerThatPassesAndAnUnqualifiedCheckFailTheSelfCheck() {
        String out = run(Path.of("src/test/resources/selfcheck"), 1);
        assertTrue(
                out.contains("FAIL 00-broken/cube")
                        && out.contains(
                                "the wrong answer 'squares instead of cubing (these checks let it pass)'"
                                        + " (lesson.md:27) passes the checks"),
                out);
        assertTrue(
                out.contains("FAIL 00-broken/half")
                        && out.contains("uses Expect unqualified;" + " write dltutor.check.Expect"),
                out);
        assertTrue(out.endsWith("1 passed, 2 failed\n"), out);
    }

    @Test
    void manySeedsCatchAWrongAnswerThatOnlySomeRandomInputsExpose() {
        // The wrong answer passes for 11 of the 21 inputs; 40 gradings all pass with p < 1e-11.
        String out = run(Path.of("src/test/resources/selfcheck-seeds"), 40, 1);
        assertTrue(
                out.contains("FAIL 00-seeded/absolute")
                        && out.contains("the wrong answer 'returns x")
                        && out.contains("passes the checks (seed "),
                out);
        assertTrue(out.contains("(each graded with 40 seeds)"), out);
    }
}
