package dltutor.tutor;

import dltutor.progress.Progress;
import dltutor.progress.ProgressStore;
import dltutor.render.Ansi;
import dltutor.session.Replay;
import dltutor.text.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

/**
 * The learner's saved session and what the tutor says about it: saving (a failure is reported once
 * and never ends the tutor), the snippets a replay could not restore (and {@code /prune}, which
 * removes them at the learner's request), and, when leaving, whether the progress really was saved.
 */
final class SavedSession {
    private static final int SHOWN = 8;

    private final Feedback feedback;
    private final Ansi ansi;
    private final ProgressStore store;
    private List<Replay.Skipped> notRestored = List.of();
    private boolean saveWarned;
    private String saveFailure;

    SavedSession(Feedback feedback, Ansi ansi, ProgressStore store) {
        this.feedback = feedback;
        this.ansi = ansi;
        this.store = store;
    }

    /** Saves; a failure (a full disk, a home that is a file) is reported once. */
    void save(Progress progress) {
        try {
            store.save(progress);
            saveFailure = null;
        } catch (IOException | RuntimeException e) {
            saveFailure =
                    e instanceof NotDirectoryException
                            ? e.getMessage() + ": not a directory"
                            : e.getMessage() == null
                                    ? e.getClass().getSimpleName()
                                    : e.getMessage();
            if (!saveWarned) {
                feedback.say(Messages.get("tutor.err.save", store.file(), saveFailure));
                saveWarned = true;
            }
        }
    }

    /** Lets go of the home, after the last save. */
    void leave() {
        store.unlock();
    }

    /** Lists what a finished replay left out, if anything, and offers /prune. */
    void report(Replay.Report report) {
        if (report == null || report.complete()) {
            return;
        }
        notRestored = report.skipped();
        feedback.say(
                Messages.get("tutor.replay.not-restored", report.skipped().size(), report.total()));
        for (Replay.Skipped s :
                report.skipped().subList(0, Math.min(SHOWN, report.skipped().size()))) {
            feedback.row("  " + s.line(60) + "  " + ansi.dim("(" + s.why() + ")"));
        }
        if (report.skipped().size() > SHOWN) {
            feedback.row("  " + Messages.get("tutor.replay.more", report.skipped().size() - SHOWN));
        }
        feedback.aside(Messages.get("tutor.replay.prune-offer"));
    }

    /**
     * Removes from {@code journal} the snippets the last replay tried and could not restore; those
     * a cancelled replay never tried stay. Returns whether the journal changed.
     */
    boolean prune(List<String> journal) {
        if (notRestored.isEmpty()) {
            feedback.say(Messages.get("tutor.replay.nothing-to-prune"));
            return false;
        }
        int removed = 0;
        for (int k = notRestored.size() - 1; k >= 0; k--) {
            Replay.Skipped s = notRestored.get(k);
            if (s.tried()
                    && s.index() < journal.size()
                    && journal.get(s.index()).equals(s.source())) {
                journal.remove(s.index());
                removed++;
            }
        }
        notRestored = List.of();
        feedback.say(Messages.get("tutor.replay.pruned", removed));
        return removed > 0;
    }

    /** What to say when leaving: saved, read-only, or where the last good save is. */
    String farewell() {
        if (store.readOnly()) {
            return Messages.get("tutor.msg.bye-read-only");
        }
        if (saveFailure != null) {
            return Files.isRegularFile(store.file())
                    ? Messages.get(
                            "tutor.msg.bye-unsaved",
                            saveFailure,
                            store.file(),
                            lastModified(store.file()))
                    : Messages.get("tutor.msg.bye-never-saved", saveFailure);
        }
        return Messages.get("tutor.msg.bye");
    }

    private static String lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file)
                    .toInstant()
                    .atZone(ZoneId.systemDefault())
                    .toLocalDateTime()
                    .withNano(0)
                    .toString()
                    .replace('T', ' ');
        } catch (IOException e) {
            return "?";
        }
    }
}
