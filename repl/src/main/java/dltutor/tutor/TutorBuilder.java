package dltutor.tutor;

import dltutor.session.SessionHost;
import dltutor.text.Messages;

import dltutor.console.Console;
import dltutor.lesson.Lesson;
import dltutor.progress.ProgressStore;
import dltutor.render.Ansi;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Assembles a {@link Tutor} from its parts, so that tests can drive a whole tutor headless
 * with a script console and a temporary progress folder.
 */
public final class TutorBuilder {
    private Console console;
    private List<Lesson> lessons = List.of();
    private ProgressStore store;
    private Path papers = Path.of("papers");
    private SessionHost host;

    /** The console to read from and write to (required). */
    public TutorBuilder console(Console value) {
        this.console = value;
        return this;
    }

    /** The lessons, in order (required). */
    public TutorBuilder lessons(List<Lesson> value) {
        this.lessons = value;
        return this;
    }

    /** Where progress is kept (required). */
    public TutorBuilder store(ProgressStore value) {
        this.store = value;
        return this;
    }

    /** The folder of paper notes. */
    public TutorBuilder papers(Path value) {
        this.papers = value;
        return this;
    }

    public SessionHost host() {
        if (host == null) {
            host = new SessionHost();
        }
        return host;
    }

    /** Builds the tutor; a corrupt progress file is reported on the console and moved aside. */
    public Tutor build() {
        Objects.requireNonNull(console, "console");
        Objects.requireNonNull(store, "store");
        String locked = store.lock();
        if (locked != null) {
            console.out().println(Ansi.of(console.ansi()).yellow(Messages.get("tutor.err.home-locked",
                    store.file().getParent())));
        }
        ProgressStore.Loaded loaded = store.load();
        if (loaded.problem() != null) {
            console.out().println(Ansi.of(console.ansi()).yellow(Messages.get("tutor.err.corrupt-progress",
                    loaded.problem(), loaded.movedAside() == null ? "(could not move it)" : loaded.movedAside())));
        }
        SessionHost h = host();
        h.cacheIn(store.file().getParent().resolve("cache"));
        LessonWalker walker = new LessonWalker(lessons, console, h, store, loaded.progress(), papers);
        return new Tutor(console, walker, h);
    }
}
