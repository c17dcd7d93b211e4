package dltutor.tutor;

import dltutor.command.Commands;
import dltutor.console.Console;
import dltutor.console.InputRules;
import dltutor.session.Outcome;
import dltutor.session.Replay;
import dltutor.session.SessionHost;
import dltutor.text.Messages;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The REPL loop: read an input, dispatch it (a command, a quiz answer, Enter, or Java), show the
 * result, repeat. Lesson logic lives in {@link LessonWalker}; this class only routes.
 */
public final class Tutor {
    private final Console console;
    private final Cursor cursor;
    private final LessonWalker walker;
    private final SessionHost host;
    private final Feedback feedback;
    private final TutorCommands.Context context;

    /**
     * What /history shows: the last {@link #HISTORY} inputs (a long session must not grow it for
     * ever).
     */
    private final List<String> inputs = new ArrayList<>();

    private static final int HISTORY = 1000;
    private boolean running = true;
    private String prefill = "";

    /**
     * What the last prompt was pre-filled with: an untouched starter is not kept across a command.
     */
    private String lastPrefill = "";

    Tutor(
            Console console,
            SessionHost host,
            Cursor cursor,
            LessonWalker walker,
            ExerciseCoach coach,
            Overview overview,
            Inspector inspector,
            Feedback feedback) {
        this.console = console;
        this.cursor = cursor;
        this.walker = walker;
        this.host = host;
        this.feedback = feedback;
        this.context =
                new TutorCommands.Context(
                        this, cursor, walker, coach, overview, inspector, feedback, console);
    }

    /** Runs until the learner quits or input ends; returns the exit status. */
    public int run() {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        System.setOut(console.out());
        System.setErr(console.out());
        console.onInterrupt(host::stop);
        dltutor.runtime.Display.configure(console.ansi(), console.unicode(), console::width);
        try {
            walker.begin();
            while (running) {
                walker.reportStartProblem();
                walker.status();
                Console.Input in = console.read(walker.prompt(), takePrefill());
                if (in instanceof Console.End) {
                    break;
                }
                if (in instanceof Console.Line line) {
                    handle(line.text());
                }
            }
            walker.save();
            feedback.aside(cursor.saved().farewell());
            return 0;
        } finally {
            cursor.saved().leave();
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }

    /**
     * Called when the JVM ends while the tutor runs (a snippet called {@code System.exit} through
     * reflection, which the exit guard cannot see, or a signal): saves the progress and says what
     * happened. A shutdown hook cannot refuse the exit.
     */
    public void endedAbruptly() {
        walker.save();
        console.out().println();
        console.out().println(Messages.get("tutor.msg.ended-abruptly", cursor.saved().farewell()));
        console.out().flush();
    }

    private String takePrefill() {
        String p = prefill.isEmpty() ? walker.takeStarter(console.interactive()) : prefill;
        prefill = "";
        lastPrefill = p;
        return p;
    }

    private void remember(String input) {
        inputs.add(input);
        if (inputs.size() > HISTORY) {
            inputs.remove(0);
        }
    }

    /** Handles one complete input. */
    void handle(String text) {
        int commandAt = InputRules.commandStart(text);
        if (commandAt >= 0) {
            String last = text.substring(commandAt).strip();
            String before = text.substring(0, commandAt);
            if (!before.isBlank() && !before.strip().equals(lastPrefill.strip())) {
                prefill =
                        before.stripTrailing(); // keep the unfinished snippet for after the command
            }
            remember(last);
            command(last);
            return;
        }
        if (text.isBlank()) {
            walker.enter();
            return;
        }
        remember(text);
        if (walker.tryAnswer(text.strip())) {
            return;
        }
        waitingForReplay();
        List<Outcome> outcomes = host.eval(text);
        guardStreams();
        outcomes.forEach(feedback::outcome);
        walker.afterSnippets(outcomes);
    }

    /**
     * Puts the tutor's streams back when a snippet set {@code System.out} or {@code System.err} to
     * null: every later snippet would fail on its first print, and JShell itself goes quiet.
     */
    private void guardStreams() {
        if (System.out == null || System.err == null) {
            System.setOut(console.out());
            System.setErr(console.out());
            feedback.aside(Messages.get("tutor.msg.streams-restored"));
        }
    }

    /** Says so when a snippet must wait for the session to be restored (Ctrl-C skips the rest). */
    private void waitingForReplay() {
        Replay r = host.replaying();
        if (r != null) {
            feedback.aside(
                    Messages.get("tutor.msg.still-restoring", Math.max(1, r.current()), r.total()));
            host.awaitReady();
            walker.reportStartProblem(); // what was skipped, before this snippet's result
        }
    }

    private void command(String line) {
        String[] parts = line.split("\\s+", 2);
        String args = parts.length > 1 ? parts[1].strip() : "";
        Commands.Lookup<TutorCommands.Context> found = TutorCommands.table().find(parts[0]);
        if (found instanceof Commands.Ambiguous<TutorCommands.Context> a) {
            feedback.say(
                    Messages.get(
                            "tutor.err.ambiguous-command",
                            parts[0],
                            TutorCommands.alternatives(a.names())));
            return;
        }
        if (!(found instanceof Commands.Found<TutorCommands.Context> f)) {
            feedback.say(Messages.get("tutor.err.unknown-command", parts[0]));
            return;
        }
        try {
            f.command().handler().run(context, args);
        } catch (RuntimeException e) {
            feedback.say(
                    Messages.get(
                            "tutor.err.command-failed", f.command().name(), String.valueOf(e)));
        }
    }

    /** The inputs /history shows. */
    List<String> inputs() {
        return inputs;
    }

    /** Ends the loop after this input (/quit). */
    void quit() {
        running = false;
    }

    /** Runs code the learner edited in their editor (/edit) as if typed. */
    void runEdited(String code) {
        remember(code);
        List<Outcome> outcomes = host.eval(code);
        outcomes.forEach(feedback::outcome);
        walker.afterSnippets(outcomes);
    }

    /** What the command handlers reach. */
    TutorCommands.Context context() {
        return context;
    }
}
