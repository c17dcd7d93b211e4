package dltutor.data;

import java.nio.file.Path;

/**
 * A dataset file is missing, damaged or not what it claims to be.
 *
 * <p>Thrown by every loader in {@code dltutor.data} before any array is made, so that a truncated
 * download or an edited file shows up as one readable paragraph (which file, what is wrong, how to
 * fix it) instead of an obscure failure deep inside the engine. The message is meant to be shown to
 * the learner as it is.
 */
public final class DatasetException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    /**
     * A problem with one file.
     *
     * @param file the file at fault (shown in the message)
     * @param problem what is wrong, as a clause: "is truncated: it ended after 12 of 60,000 images"
     * @param fix what to do about it, as a sentence
     */
    public DatasetException(Path file, String problem, String fix) {
        super("The dataset file " + file + " " + problem + ". " + fix);
        this.file = file;
    }

    /** A problem with one file, keeping the low-level cause for debugging. */
    public DatasetException(Path file, String problem, String fix, Throwable cause) {
        super("The dataset file " + file + " " + problem + ". " + fix, cause);
        this.file = file;
    }

    /** The file at fault. */
    public Path file() {
        return file;
    }
}
