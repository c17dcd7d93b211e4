package dltutor.tutor;

import dltutor.command.Command;
import dltutor.command.Commands;
import dltutor.console.Console;
import dltutor.session.Replay;
import dltutor.text.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The tutor's slash commands, one entry each: name, argument hint, argument completer, handler. A
 * handler goes straight to the part that does the work through the {@link Context}. To add a
 * command, add an entry here and its {@code help.<name>.summary} line to {@code
 * messages.properties}.
 */
public final class TutorCommands {

    /**
     * What a command handler can reach: the tutor loop, the parts of the tutor, and the console.
     *
     * @param tutor the loop (quitting, the input history, running edited code)
     * @param cursor where the learner is
     * @param walker moving between lessons and steps
     * @param coach exercises and quizzes
     * @param overview the lesson list, the progress table and the paper notes
     * @param inspector jshell's inspection commands and /help
     * @param feedback how the tutor speaks
     * @param console the learner's terminal
     */
    public record Context(
            Tutor tutor,
            Cursor cursor,
            LessonWalker walker,
            ExerciseCoach coach,
            Overview overview,
            Inspector inspector,
            Feedback feedback,
            Console console) {}

    private static final Commands<Context> TABLE =
            new Commands<>(
                    List.of(
                            command(
                                    "/lessons",
                                    "[id]",
                                    c -> c.overview().lessonIds(),
                                    TutorCommands::lessons),
                            command("/next", "", (c, arg) -> c.walker().next()),
                            command("/back", "", (c, arg) -> c.walker().back()),
                            command("/steps", "", (c, arg) -> c.overview().steps()),
                            command(
                                    "/goto",
                                    "step|lesson",
                                    TutorCommands::places,
                                    TutorCommands::goTo),
                            command("/show", "", (c, arg) -> c.walker().show()),
                            command("/hint", "", (c, arg) -> c.coach().hint()),
                            command("/check", "[seed]", (c, arg) -> c.coach().check(arg)),
                            command("/solution", "", (c, arg) -> c.coach().solution()),
                            command("/skip", "", (c, arg) -> c.walker().skip()),
                            command("/restart", "", (c, arg) -> restart(c)),
                            command("/play", "", (c, arg) -> c.walker().play()),
                            command("/progress", "", (c, arg) -> c.overview().progress()),
                            command("/runs", "", (c, arg) -> c.overview().runs()),
                            command(
                                    "/paper",
                                    "[name]",
                                    c -> c.overview().paperNames(),
                                    (c, arg) -> c.overview().paper(arg)),
                            command("/vars", "", (c, arg) -> c.inspector().vars()),
                            command("/methods", "", (c, arg) -> c.inspector().methods()),
                            command("/imports", "", (c, arg) -> c.inspector().imports()),
                            command("/list", "", (c, arg) -> c.inspector().list()),
                            command("/drop", "id|name", TutorCommands::drop),
                            command("/prune", "", (c, arg) -> c.walker().prune()),
                            command(
                                    "/history",
                                    "",
                                    (c, arg) -> c.inspector().history(c.tutor().inputs())),
                            command(
                                    "/edit",
                                    "[id|name]",
                                    (c, arg) ->
                                            c.inspector()
                                                    .edit(arg)
                                                    .ifPresent(c.tutor()::runEdited)),
                            command(
                                    "/help",
                                    "[command]",
                                    c -> table().names(),
                                    (c, arg) -> c.inspector().help(arg)),
                            command("/quit", "", (c, arg) -> c.tutor().quit())),
                    Map.of("/exit", "/quit"));

    private static Command<Context> command(
            String name, String args, Command.Handler<Context> handler) {
        return Command.of(name, args, handler);
    }

    private static Command<Context> command(
            String name,
            String args,
            Command.Completer<Context> completer,
            Command.Handler<Context> handler) {
        return new Command<>(name, args, completer, handler);
    }

    private TutorCommands() {}

    /** The table. */
    public static Commands<Context> table() {
        return TABLE;
    }

    /** Where /goto can go: the current lesson's steps, then every lesson. */
    private static List<String> places(Context c) {
        List<String> all = new ArrayList<>(c.overview().stepIds());
        all.addAll(c.overview().lessonIds());
        return all;
    }

    /** "/hint or /history", "/show, /skip or /solution". */
    static String alternatives(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1))
                + " or "
                + names.get(names.size() - 1);
    }

    /** /lessons lists them; /lessons ID opens one. */
    private static void lessons(Context c, String arg) {
        if (arg.isEmpty()) {
            c.overview().lessons();
        } else {
            c.walker().goTo(arg);
        }
    }

    /** /goto alone asks where to: the steps of this lesson. */
    private static void goTo(Context c, String arg) {
        if (arg.isBlank()) {
            c.overview().steps();
        } else {
            c.walker().goTo(arg);
        }
    }

    private static void restart(Context c) {
        if (c.cursor().lesson() == null) {
            return;
        }
        Console.Input answer =
                c.console()
                        .read(
                                Messages.get("tutor.msg.restart-confirm", c.cursor().lesson().id()),
                                "");
        if (answer instanceof Console.Line l
                && l.text().strip().toLowerCase(Locale.ROOT).matches("y|yes")) {
            c.walker().restart();
        } else {
            c.feedback().say(Messages.get("tutor.msg.restart-kept"));
        }
    }

    /** /drop, remembered in the journal so that the replay drops it too. */
    private static void drop(Context c, String arg) {
        List<String> names = c.inspector().drop(arg);
        if (c.cursor().lesson() != null && !names.isEmpty()) {
            names.forEach(
                    n -> c.cursor().record().journal().add(Replay.DROP + n)); // honoured on replay
            c.cursor().save();
        }
    }
}
