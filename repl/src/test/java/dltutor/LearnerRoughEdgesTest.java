package dltutor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dltutor.tutor.TranscriptTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The small things a new learner met (issue 10), driven as whole-tutor transcripts. */
class LearnerRoughEdgesTest {

    @Test
    @Timeout(120)
    void emptyEnterGotoSkipAndQuizWords(@TempDir Path home) {
        String out =
                TranscriptTest.session(
                        home,
                        String.join(
                                "\n",
                                "/goto square",
                                "",
                                "/goto",
                                "/skip",
                                "/goto pick",
                                "nine",
                                "2",
                                "/quit"));
        assertTrue(
                out.replace('\n', ' ').contains("one lesson so far, from \u201cA sample lesson"),
                "the welcome says what exists: " + out);
        assertTrue(
                out.contains("This step is not done yet"),
                "Enter in an open exercise explains: " + out);
        assertTrue(
                out.contains("{square}") && out.contains("{twice}"),
                "/goto alone lists the steps: " + out);
        assertFalse(out.contains("There is no step or lesson called ."), out);
        int skip = out.indexOf("Running the reference solution");
        assertTrue(
                skip > 0 && out.indexOf("\n        return x * x;", skip) > 0,
                "/skip shows the reference with its indentation: " + out);
        assertTrue(
                out.contains("Type the number of your answer (1\u20133)."),
                "a word at a choice quiz: " + out);
        assertFalse(out.contains("Compile error"), out);
        assertTrue(out.contains("Right."), out);
    }

    @Test
    @Timeout(120)
    void compileErrorsMentionAttemptsOnlyWhereSomethingIsGraded(@TempDir Path home) {
        String out =
                TranscriptTest.session(
                        home,
                        String.join(
                                "\n",
                                "/play",
                                "int x = ;",
                                "/play",
                                "/goto square",
                                "double square(double x) { return x * ; }",
                                "/quit"));
        int first = out.indexOf("Compile error");
        int second = out.indexOf("Compile error", first + 1);
        assertTrue(first > 0 && second > first, out);
        assertFalse(
                out.substring(first, second).contains("does not count as an attempt"),
                "free play: " + out);
        assertTrue(
                out.substring(second).contains("does not count as an attempt"),
                "an exercise: " + out);
    }

    @Test
    @Timeout(120)
    void restartAsksFirst(@TempDir Path home) {
        String out =
                TranscriptTest.session(
                        home,
                        String.join(
                                "\n",
                                "int keep = 7;",
                                "/restart",
                                "",
                                "keep",
                                "/restart",
                                "y",
                                "/quit"));
        assertTrue(out.contains("[y/N]"), out);
        assertTrue(out.contains("Nothing was discarded."), out);
        assertTrue(out.contains("keep ==> 7"), "the session is intact after no: " + out);
        assertTrue(out.contains("Starting 00-sample again"), "and fresh after yes: " + out);
    }

    @Test
    void helpListsTheModesAndTheEnvironment() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status =
                Main.run(
                        new String[] {"--help"},
                        new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(status == 0, out);
        for (String word :
                new String[] {
                    "--list",
                    "--check",
                    "--run",
                    "--gpu",
                    "DLTUTOR_HOME",
                    "JAVA_HOME",
                    "OMP_WAIT_POLICY",
                    "libtorch's"
                }) {
            assertTrue(out.contains(word), word + " in:\n" + out);
        }
    }
}
