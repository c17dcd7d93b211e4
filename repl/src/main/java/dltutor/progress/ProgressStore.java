package dltutor.progress;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Reads and writes {@code progress.json} in the tutor's home folder. Writes go to a temporary file
 * that is then renamed over the old one, so a crash or a full disk never leaves half a file. A file
 * that cannot be read is moved aside (never deleted) and the learner starts fresh.
 */
public final class ProgressStore {
    private static final Gson GSON =
            new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private final Path file;
    private FileChannel lockChannel;
    private boolean readOnly;

    /** A store for {@code home/progress.json}. */
    public ProgressStore(Path home) {
        this.file = home.resolve("progress.json");
    }

    /** The file this store writes. */
    public Path file() {
        return file;
    }

    /** The outcome of loading: the progress and, if the old file was unusable, where it went. */
    public record Loaded(Progress progress, Path movedAside, String problem) {}

    /**
     * Takes the home for this tutor alone: an exclusive lock on {@code home/.lock}, held until the
     * JVM ends (the system releases it even after a crash). A second tutor on the same home does
     * not get it; it then runs read-only, and {@link #save} writes nothing, so it cannot overwrite
     * the first one's progress. The holder also removes temporary files that a killed tutor left
     * behind.
     *
     * @return null when the home is ours (or cannot be written at all), else why not
     */
    public String lock() {
        Path home = file.getParent();
        if (Files.exists(home) && !Files.isDirectory(home)) {
            return null; // saving says so ("not a directory"); there is nothing to protect
        }
        try {
            Private.createDirectories(home);
            FileChannel ch =
                    FileChannel.open(
                            home.resolve(".lock"),
                            StandardOpenOption.CREATE,
                            StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this very JVM (a test's second tutor)
            }
            if (lock == null) {
                ch.close();
                readOnly = true;
                return "another tutor is using " + home;
            }
            lockChannel = ch;
            removeLeftovers(home);
            return null;
        } catch (IOException e) {
            return null; // a read-only or full disk: saving will say so; nobody else can write
            // either
        }
    }

    /** Lets go of the home (the tutor is leaving); a later tutor may take it. */
    public void unlock() {
        FileChannel ch = lockChannel;
        lockChannel = null;
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException e) {
                // the lock goes with the process anyway
            }
        }
    }

    /** Whether this store saves nothing (another tutor holds the home). */
    public boolean readOnly() {
        return readOnly;
    }

    private static void removeLeftovers(Path home) {
        try (DirectoryStream<Path> tmps = Files.newDirectoryStream(home, "progress*.tmp")) {
            for (Path t : tmps) {
                Files.deleteIfExists(t);
            }
        } catch (IOException e) {
            // nothing to clean, or not allowed to: harmless either way
        }
    }

    /**
     * Reads the progress without changing anything on disk: a corrupt file stays where it is (for
     * {@code --list}; the interactive tutor reports it and moves it aside).
     */
    public Loaded peek() {
        if (!Files.exists(file)) {
            return new Loaded(new Progress(), null, null);
        }
        try {
            Progress p =
                    GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), Progress.class);
            if (p != null && p.format == Progress.FORMAT) {
                return new Loaded(repair(p), null, null);
            }
            return new Loaded(
                    new Progress(),
                    null,
                    p == null
                            ? "the file is empty"
                            : "it has format "
                                    + p.format
                                    + ", this tutor reads format "
                                    + Progress.FORMAT);
        } catch (IOException | JsonParseException | IllegalStateException | ClassCastException e) {
            return new Loaded(
                    new Progress(), null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Loads the progress; a missing file is a new learner, a corrupt one is moved aside. */
    public Loaded load() {
        if (!Files.exists(file)) {
            return new Loaded(new Progress(), null, null);
        }
        if (readOnly) {
            return peek(); // the other tutor owns the file
        }
        String problem;
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Progress p = GSON.fromJson(text, Progress.class);
            if (p == null) {
                problem = "the file is empty";
            } else if (p.format != Progress.FORMAT) {
                problem =
                        "it has format "
                                + p.format
                                + ", this tutor reads format "
                                + Progress.FORMAT;
            } else {
                return new Loaded(repair(p), null, null);
            }
        } catch (IOException | JsonParseException | IllegalStateException | ClassCastException e) {
            problem = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        Path aside =
                file.resolveSibling(
                        "progress.json.corrupt-"
                                + LocalDateTime.now()
                                        .format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            aside = null;
        }
        return new Loaded(new Progress(), aside, problem);
    }

    private static Progress repair(Progress p) {
        // Gson leaves fields absent from the file null; give them their defaults.
        Progress fresh = new Progress();
        if (p.lessons == null) {
            p.lessons = fresh.lessons;
        }
        p.lessons.values().removeIf(l -> l == null);
        for (Progress.LessonProgress l : p.lessons.values()) {
            Progress.LessonProgress d = new Progress.LessonProgress();
            if (l.done == null) {
                l.done = d.done;
            }
            if (l.exercises == null) {
                l.exercises = d.exercises;
            }
            if (l.journal == null) {
                l.journal = d.journal;
            }
            l.exercises.values().removeIf(e -> e == null);
            l.journal.removeIf(s -> s == null);
        }
        return p;
    }

    /** Saves atomically. Throws if the disk refuses; the old file is then left intact. */
    public void save(Progress progress) throws IOException {
        if (readOnly) {
            return;
        }
        Path home = file.getParent();
        if (Files.exists(home) && !Files.isDirectory(home)) {
            throw new NotDirectoryException(home.toString());
        }
        Private.createDirectories(home);
        Path tmp = Files.createTempFile(file.getParent(), "progress", ".tmp");
        try {
            Files.writeString(tmp, GSON.toJson(progress), StandardCharsets.UTF_8);
            try {
                Files.move(
                        tmp,
                        file,
                        StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
