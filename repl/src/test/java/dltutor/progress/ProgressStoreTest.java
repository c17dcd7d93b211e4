package dltutor.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressStoreTest {

    @Test
    void roundTrips(@TempDir Path home) throws IOException {
        ProgressStore store = new ProgressStore(home);
        Progress p = store.load().progress();
        p.setCurrentLesson("03-depth-backprop");
        Progress.LessonProgress l = p.lesson("03-depth-backprop");
        l.setStep("value");
        l.markDone("intro");
        l.exercise("value").countAttempt();
        l.exercise("value").countHint();
        l.journal().add("int x = 1;");
        store.save(p);

        Progress back = store.load().progress();
        assertEquals("03-depth-backprop", back.currentLesson());
        Progress.LessonProgress lb = back.lesson("03-depth-backprop");
        assertEquals("value", lb.step());
        assertTrue(lb.isDone("intro"));
        assertEquals(1, lb.exercise("value").attempts());
        assertEquals(1, lb.exercise("value").hints());
        assertEquals(List.of("int x = 1;"), lb.journal());
        try (var files = Files.list(home)) {
            assertEquals(
                    List.of("progress.json"),
                    files.map(f -> f.getFileName().toString()).toList(),
                    "no temporary files are left behind");
        }
    }

    @Test
    void aCorruptFileIsMovedAsideAndTheLearnerStartsFresh(@TempDir Path home) throws IOException {
        Files.writeString(home.resolve("progress.json"), "{ \"format\": 1, \"lessons\": [ oops");
        ProgressStore.Loaded loaded = new ProgressStore(home).load();
        assertNull(loaded.progress().currentLesson());
        assertNotNull(loaded.problem());
        assertNotNull(loaded.movedAside());
        assertTrue(Files.exists(loaded.movedAside()), "the old file is kept for the learner");
        assertTrue(!Files.exists(home.resolve("progress.json")));
    }

    @Test
    void aFileFromAnotherFormatIsNotMisread(@TempDir Path home) throws IOException {
        Files.writeString(home.resolve("progress.json"), "{ \"format\": 99 }");
        ProgressStore.Loaded loaded = new ProgressStore(home).load();
        assertTrue(loaded.problem().contains("format 99"), loaded.problem());
    }

    @Test
    void aFailedSaveLeavesTheOldFileIntact(@TempDir Path home) throws IOException {
        ProgressStore store = new ProgressStore(home);
        Progress p = new Progress();
        p.setCurrentLesson("00-welcome");
        store.save(p);
        String before = Files.readString(store.file());
        // A folder where the temporary file must go makes the write fail, as a full disk would.
        ProgressStore broken = new ProgressStore(home.resolve("progress.json").resolve("sub"));
        assertThrows(IOException.class, () -> broken.save(p));
        assertEquals(before, Files.readString(store.file()));
    }

    @Test
    void peekLeavesACorruptFileWhereItIs(@TempDir Path home) throws IOException {
        Path file = home.resolve("progress.json");
        Files.writeString(file, "{ not json");
        ProgressStore.Loaded peeked = new ProgressStore(home).peek();
        assertNotNull(peeked.problem());
        assertNull(peeked.movedAside());
        assertEquals("{ not json", Files.readString(file), "--list must not move it aside");
    }

    @Test
    void theHomeIsCreatedPrivate(@TempDir Path dir) throws IOException {
        Path home = dir.resolve("a/b");
        assertNull(new ProgressStore(home).lock());
        assertEquals(
                "rwx------",
                java.nio.file.attribute.PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(home)));
    }

    @Test
    void theLockHolderCleansLeftoverTempFiles(@TempDir Path home) throws IOException {
        Files.writeString(home.resolve("progress123.tmp"), "{}");
        Files.writeString(home.resolve("progress.json.corrupt-1"), "{}");
        assertNull(new ProgressStore(home).lock());
        assertTrue(!Files.exists(home.resolve("progress123.tmp")));
        assertTrue(
                Files.exists(home.resolve("progress.json.corrupt-1")), "only temporary files go");
    }

    @Test
    void aReadOnlyStoreNeverWrites(@TempDir Path home) throws IOException {
        ProgressStore holder = new ProgressStore(home);
        assertNull(holder.lock());
        ProgressStore second = new ProgressStore(home);
        assertNotNull(second.lock());
        assertTrue(second.readOnly());
        second.save(new Progress());
        assertTrue(!Files.exists(home.resolve("progress.json")));
        holder.save(new Progress());
        assertTrue(Files.exists(home.resolve("progress.json")));
    }
}
