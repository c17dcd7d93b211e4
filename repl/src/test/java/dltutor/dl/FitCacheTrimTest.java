package dltutor.dl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache of trained parameters stays under its size limit, dropping what was used least
 * recently.
 */
class FitCacheTrimTest {

    private static Path entry(Path root, String name, int bytes, long usedMillis)
            throws IOException {
        Path p = root.resolve("04-alexnet").resolve(name + ".fit");
        Files.createDirectories(p.getParent());
        Files.write(p, new byte[bytes]);
        Files.setLastModifiedTime(p, FileTime.fromMillis(usedMillis));
        return p;
    }

    @Test
    void theLeastRecentlyUsedEntriesGoFirstAndTheNewestStays(@TempDir Path root)
            throws IOException {
        Path oldest = entry(root, "a-0", 400, 1_000);
        Path middle = entry(root, "b-0", 400, 2_000);
        Path newest = entry(root, "c-0", 400, 3_000);
        Path other = root.resolve("notes.txt");
        Files.writeString(other, "not an entry");
        FitCache.trim(root, 900, newest);
        assertFalse(Files.exists(oldest), "the least recently used entry is deleted");
        assertTrue(Files.exists(middle) && Files.exists(newest), "800 bytes fit under 900");
        assertTrue(Files.exists(other), "only .fit entries are touched");
    }

    @Test
    void theEntryJustWrittenIsKeptEvenAboveTheLimit(@TempDir Path root) throws IOException {
        Path old = entry(root, "a-0", 400, 5_000);
        Path just = entry(root, "b-0", 1_000, 1_000); // an old time stamp must not matter
        FitCache.trim(root, 100, just);
        assertFalse(Files.exists(old));
        assertTrue(Files.exists(just));
        try (var files = Files.list(root.resolve("04-alexnet"))) {
            assertEquals(1, files.count());
        }
    }
}
