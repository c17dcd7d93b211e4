package dltutor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dltutor.progress.Progress;
import dltutor.progress.ProgressStore;
import dltutor.tutor.TranscriptTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The learner's home: nothing is lost, whatever the lessons folder or a second tutor does. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HomeTest {

    @Test
    void aRenamedLessonKeepsEveryJournal(@TempDir Path home) throws IOException {
        Progress p = new Progress();
        p.lesson("00-sample").journal().add("int keep = 7;");
        p.lesson("00-sample").setStep("square");
        p.setCurrentLesson("01-renamed-away");
        p.lesson("01-renamed-away").journal().addAll(List.of("int a = 1;", "int b = 2;"));
        new ProgressStore(home).save(p);
        String out = TranscriptTest.session(home, String.join("\n", "keep * 6", "/quit"));
        assertTrue(out.contains("01-renamed-away, is no longer in the lessons folder"), out);
        assertFalse(out.contains("Welcome to the deep-learning"), "not greeted as new: " + out);
        assertTrue(out.contains("==> 42"), "lesson 00's journal was restored: " + out);
        Progress back = new ProgressStore(home).load().progress();
        assertTrue(
                back.lesson("00-sample").journal().contains("int keep = 7;"),
                "lesson 00's journal is kept");
        assertEquals(List.of("int a = 1;", "int b = 2;"), back.lesson("01-renamed-away").journal());
    }

    @Test
    void whatIsDefinedInPlayComesBackAndADropStaysDropped(@TempDir Path home) {
        TranscriptTest.session(
                home,
                String.join(
                        "\n",
                        "int lessonVar = 4;",
                        "/play",
                        "int playVar = 5;",
                        "/drop lessonVar",
                        "/quit"));
        String out =
                TranscriptTest.session(
                        home, String.join("\n", "playVar * 2", "lessonVar", "/quit"));
        assertTrue(out.contains("==> 10"), "playVar is restored: " + out);
        assertTrue(out.contains("cannot find symbol"), "lessonVar stays dropped: " + out);
        assertFalse(out.contains("Not restored"), out);
        assertTrue(out.contains("Progress saved"), "the first tutor let go of the home: " + out);
    }

    @Test
    void aSecondTutorOnTheSameHomeCannotLoseAPassedExercise(@TempDir Path home) throws IOException {
        ProgressStore first = new ProgressStore(home);
        assertEquals(null, first.lock());
        Progress p = new Progress();
        p.setCurrentLesson("00-sample");
        p.lesson("00-sample").setStep("square");
        p.lesson("00-sample").exercise("square").setPassed();
        p.lesson("00-sample").markDone("square");
        first.save(p);
        // The second tutor starts while the first one runs, and moves on and quits.
        String out =
                TranscriptTest.session(home, String.join("\n", "/restart", "int x = 1;", "/quit"));
        assertTrue(out.contains("Another tutor is using"), out);
        assertTrue(out.contains("Nothing was saved"), out);
        Progress back = new ProgressStore(home).peek().progress();
        assertTrue(
                back.lesson("00-sample").exercise("square").passed(),
                "the first tutor's pass is still there");
        first.save(p); // and the first tutor still saves
    }

    @Test
    void aHomeThatIsAFileSaysSoAndNeverClaimsToHaveSaved(@TempDir Path dir) throws IOException {
        Path home = dir.resolve("afile");
        Files.writeString(home, "x");
        String out = TranscriptTest.session(home, String.join("\n", "int x = 4;", "/quit"));
        assertTrue(out.contains("not a directory"), out);
        assertFalse(out.contains("Progress saved"), out);
        assertTrue(out.contains("could NOT be saved"), out);
    }

    @Test
    void settingSystemOutToNullDoesNotSilenceTheTutor(@TempDir Path home) {
        String out =
                TranscriptTest.session(
                        home,
                        String.join(
                                "\n",
                                "System.setOut(null)",
                                "3 + 4",
                                "System.out.println(\"still here\")",
                                "/quit"));
        assertTrue(out.contains("==> 7"), out);
        assertTrue(out.contains("still here"), out);
        assertTrue(out.contains("put its own stream"), out);
    }
}
