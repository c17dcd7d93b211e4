package dltutor.lesson;

import java.nio.file.Path;

/** A lesson file that cannot be loaded; the message names the file and line. */
public final class LessonException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An error at {@code file:line}. */
    public LessonException(Path file, int line, String message) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message);
    }
}
