package dltutor;

import dltutor.console.JLineConsole;
import dltutor.dl.DjlRuntime;
import dltutor.lesson.Lesson;
import dltutor.lesson.LessonException;
import dltutor.lesson.LessonLoader;
import dltutor.progress.ProgressStore;
import dltutor.render.Ansi;
import dltutor.render.JavaHighlighter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The entry point: parses the arguments and wires the real parts together.
 *
 * <pre>
 *   tutor                  interactive (resumes where you were)
 *   tutor --list           the lessons with ids and status
 *   tutor --check [id...]  the lesson self-check; ends "N passed, M failed"
 *   tutor --run FILE.jsh   run a script in a tutor session
 * </pre>
 */
public final class Main {
    private Main() {}

    /** Runs the tutor; exits with its status. */
    public static void main(String[] args) {
        DjlRuntime.configure();
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        int status;
        try {
            status = run(args, out);
        } catch (LessonException e) {
            out.println("Lesson error: " + e.getMessage());
            status = 2;
        }
        out.flush();
        System.exit(status);
    }

    static int run(String[] args, PrintStream out) {
        Path root = Path.of(System.getProperty("dltutor.root", "."));
        Path lessonsDir = envPath("DLTUTOR_LESSONS", root.resolve("lessons"));
        Path home = envPath("DLTUTOR_HOME", Path.of(System.getProperty("user.home"), ".dltutor"));
        String mode = args.length == 0 ? "" : args[0];
        List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        switch (mode) {
            case "--help", "-h" -> {
                out.print(Messages.get("main.help"));
                return 0;
            }
            case "--list" -> {
                ProgressStore.Loaded loaded = new ProgressStore(home).load();
                for (Lesson l : new LessonLoader().loadAll(lessonsDir)) {
                    var p = loaded.progress();
                    String state = !p.has(l.id()) ? "new" : p.lesson(l.id()).finished() ? "done" : "started";
                    out.printf("%-28s %-8s %s%n", l.id(), state, l.title());
                }
                return 0;
            }
            case "--check" -> {
                boolean show = rest.contains("--show");
                List<String> ids = rest.stream().filter(a -> !a.equals("--show")).toList();
                List<Lesson> all = new LessonLoader().loadAll(lessonsDir);
                List<Lesson> chosen = ids.isEmpty() ? all
                        : all.stream().filter(l -> ids.stream().anyMatch(id -> l.id().equals(id)
                                || l.id().startsWith(id + "-"))).toList();
                if (chosen.size() < ids.size()) {
                    out.println("Unknown lesson id among " + ids + "; --list shows them.");
                    return 2;
                }
                return new SelfCheck(out, show).run(chosen);
            }
            case "--run" -> {
                if (rest.size() != 1) {
                    out.println("usage: tutor --run FILE.jsh");
                    return 2;
                }
                return ScriptRunner.run(Path.of(rest.get(0)), out);
            }
            case "" -> {
                return interactive(lessonsDir, root.resolve("papers"), home);
            }
            default -> {
                out.println("Unknown option " + mode + "; try --help.");
                return 2;
            }
        }
    }

    private static int interactive(Path lessonsDir, Path papers, Path home) {
        List<Lesson> lessons = new LessonLoader().loadAll(lessonsDir);
        TutorBuilder builder = new TutorBuilder().lessons(lessons).store(new ProgressStore(home)).papers(papers);
        SessionHost host = builder.host();
        dltutor.session.Warmup.startInBackground(SessionHost.IMPORTS, 20, host::busy);
        JLineConsole.Hooks hooks = new JLineConsole.Hooks(
                host::isComplete,
                (buffer, cursor, anchor) -> host.session().complete(buffer, cursor, anchor),
                dltutor.command.Commands.names(),
                buffer -> JavaHighlighter.highlight(buffer, Ansi.of(true)),
                home.resolve("history"));
        try (JLineConsole console = JLineConsole.system(hooks)) {
            return builder.console(console).build().run();
        } catch (IOException e) {
            System.err.println("Cannot open the terminal: " + e.getMessage());
            return 1;
        } finally {
            host.close();
        }
    }

    private static Path envPath(String name, Path fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : Path.of(v);
    }
}
