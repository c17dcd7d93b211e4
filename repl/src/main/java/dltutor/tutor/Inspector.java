package dltutor.tutor;

import dltutor.command.Command;
import dltutor.command.Commands;
import dltutor.console.Console;
import dltutor.session.SessionHost;
import dltutor.text.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * jshell's inspection commands (/vars, /methods, /imports, /list, /drop, /history, /edit) and
 * /help.
 */
final class Inspector {
    private final Console console;
    private final SessionHost host;
    private final Feedback feedback;

    Inspector(Console console, SessionHost host, Feedback feedback) {
        this.console = console;
        this.host = host;
        this.feedback = feedback;
    }

    void help(String arg) {
        if (!arg.isEmpty()) {
            var found = TutorCommands.table().find(arg.startsWith("/") ? arg : "/" + arg);
            if (found instanceof Commands.Found<?> f) {
                feedback.say(
                        f.command().name()
                                + " "
                                + f.command().args()
                                + "\n    "
                                + Messages.get(f.command().summaryKey()));
            } else if (found instanceof Commands.Ambiguous<?> a) {
                feedback.say(
                        Messages.get(
                                "tutor.err.ambiguous-command",
                                arg,
                                TutorCommands.alternatives(a.names())));
            } else {
                feedback.say(Messages.get("tutor.err.unknown-command", arg));
            }
            return;
        }
        feedback.say(Messages.get("help.intro"));
        for (Command<?> c : TutorCommands.table().all()) {
            String head = String.format("  %-10s %-12s", c.name(), c.args());
            feedback.row(head + Messages.get(c.summaryKey()));
        }
        feedback.aside(Messages.get("help.keys"));
    }

    void vars() {
        listOrNone(
                host.session().variables().stream()
                        .filter(v -> !v.contains(" $"))
                        .map(v -> v.length() > 120 ? v.substring(0, 117) + "…" : v)
                        .toList());
    }

    void methods() {
        List<String> lines = new java.util.ArrayList<>(host.session().methods());
        host.session().types().forEach(t -> lines.add("class " + t));
        listOrNone(lines);
    }

    void imports() {
        listOrNone(host.session().imports());
    }

    void list() {
        listOrNone(host.session().listing().stream().filter(s -> !s.contains("import ")).toList());
    }

    /** jshell's /drop; returns the names dropped (for the journal). */
    List<String> drop(String arg) {
        if (arg.isEmpty()) {
            feedback.say(Messages.get("tutor.err.drop-what"));
            return List.of();
        }
        List<String> names = host.session().declaredNames(arg);
        int n = host.session().drop(arg);
        feedback.say(
                n == 0
                        ? Messages.get("tutor.err.no-snippet", arg)
                        : Messages.get("tutor.msg.dropped", arg));
        return n == 0 ? List.of() : names;
    }

    void history(List<String> inputs) {
        listOrNone(inputs);
    }

    /** Opens an editor on a snippet (or an empty file); returns the edited code to run. */
    Optional<String> edit(String arg) {
        String editor =
                System.getenv("VISUAL") != null ? System.getenv("VISUAL") : System.getenv("EDITOR");
        if (!console.interactive() || editor == null || editor.isBlank()) {
            feedback.say(Messages.get("tutor.err.no-editor"));
            return Optional.empty();
        }
        String source = arg.isEmpty() ? "" : host.session().sourceOf(arg);
        if (source == null) {
            feedback.say(Messages.get("tutor.err.no-snippet", arg));
            return Optional.empty();
        }
        try {
            Path tmp = Files.createTempFile("dltutor-edit", ".jsh");
            Files.writeString(tmp, source, StandardCharsets.UTF_8);
            Process p =
                    new ProcessBuilder(List.of("sh", "-c", editor + " \"$0\"", tmp.toString()))
                            .inheritIO()
                            .start();
            p.waitFor();
            String edited = Files.readString(tmp, StandardCharsets.UTF_8);
            Files.deleteIfExists(tmp);
            return edited.isBlank() || edited.equals(source)
                    ? Optional.empty()
                    : Optional.of(edited);
        } catch (IOException e) {
            feedback.say(Messages.get("tutor.err.editor-failed", e.getMessage()));
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private void listOrNone(List<String> lines) {
        if (lines.isEmpty()) {
            feedback.aside(Messages.get("tutor.msg.none"));
        }
        lines.forEach(l -> feedback.row("  " + l));
    }
}
