package dltutor.tutor;

import dltutor.console.CommandCompletion;
import dltutor.console.Console;
import dltutor.lesson.Lesson;
import dltutor.progress.ProgressStore;
import dltutor.render.Ansi;
import dltutor.session.SessionHost;
import dltutor.text.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Assembles a {@link Tutor} from its parts, so that tests can drive a whole tutor headless with a
 * script console and a temporary progress folder.
 */
public final class TutorBuilder {
    private Console console;
    private List<Lesson> lessons = List.of();
    private ProgressStore store;
    private Path papers = Path.of("papers");
    private SessionHost host;
    private Tutor built;

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
            console.out()
                    .println(
                            Ansi.of(console.ansi())
                                    .yellow(
                                            Messages.get(
                                                    "tutor.err.home-locked",
                                                    store.file().getParent())));
        }
        ProgressStore.Loaded loaded = store.load();
        if (loaded.problem() != null) {
            console.out()
                    .println(
                            Ansi.of(console.ansi())
                                    .yellow(
                                            Messages.get(
                                                    "tutor.err.corrupt-progress",
                                                    loaded.problem(),
                                                    loaded.movedAside() == null
                                                            ? "(could not move it)"
                                                            : loaded.movedAside())));
        }
        SessionHost h = host();
        h.cacheIn(store.file().getParent().resolve("cache"));
        h.recordRunsIn(store.file().getParent().resolve("runs.jsonl"));
        Ansi ansi = Ansi.of(console.ansi());
        Feedback feedback = new Feedback(console.out(), ansi, console::width);
        Cursor cursor = new Cursor(loaded.progress(), new SavedSession(feedback, ansi, store));
        feedback.gradedWhen(cursor::grading);
        ExerciseCoach coach = new ExerciseCoach(cursor, h, feedback, ansi, console);
        LessonWalker walker = new LessonWalker(lessons, console, h, cursor, feedback, coach);
        Overview overview = new Overview(lessons, cursor, console, feedback, store, papers);
        built =
                new Tutor(
                        console,
                        h,
                        cursor,
                        walker,
                        coach,
                        overview,
                        new Inspector(console, h, feedback),
                        feedback);
        return built;
    }

    /**
     * Tab completion of the commands and their arguments (step ids, lessons, paper notes). The
     * console is made before the tutor, so the arguments are known once {@link #build()} ran.
     */
    public CommandCompletion commandCompletion() {
        return new CommandCompletion() {
            @Override
            public List<String> names() {
                return TutorCommands.table().names();
            }

            @Override
            public List<String> arguments(String command) {
                return built == null
                        ? List.of()
                        : TutorCommands.table().arguments(built.context(), command);
            }
        };
    }
}
