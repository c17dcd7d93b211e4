package dltutor.progress;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Reads and writes {@code progress.json} in the tutor's home folder. Writes go to a temporary
 * file that is then renamed over the old one, so a crash or a full disk never leaves half a file.
 * A file that cannot be read is moved aside (never deleted) and the learner starts fresh.
 */
public final class ProgressStore {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private final Path file;

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

    /** Loads the progress; a missing file is a new learner, a corrupt one is moved aside. */
    public Loaded load() {
        if (!Files.exists(file)) {
            return new Loaded(new Progress(), null, null);
        }
        String problem;
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Progress p = GSON.fromJson(text, Progress.class);
            if (p == null) {
                problem = "the file is empty";
            } else if (p.format != Progress.FORMAT) {
                problem = "it has format " + p.format + ", this tutor reads format " + Progress.FORMAT;
            } else {
                return new Loaded(repair(p), null, null);
            }
        } catch (IOException | JsonParseException | IllegalStateException | ClassCastException e) {
            problem = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        Path aside = file.resolveSibling("progress.json.corrupt-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
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
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), "progress", ".tmp");
        try {
            Files.writeString(tmp, GSON.toJson(progress), StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
