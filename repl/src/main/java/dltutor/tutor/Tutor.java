package dltutor.tutor;

import dltutor.session.Replay;
import dltutor.session.SessionHost;
import dltutor.text.Messages;

import dltutor.command.Actions;
import dltutor.command.Command;
import dltutor.command.Commands;
import dltutor.console.Console;
import dltutor.console.InputRules;
import dltutor.lesson.Step;
import dltutor.render.Ansi;
import dltutor.session.Outcome;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The REPL loop: read an input, dispatch it (a command, a quiz answer, Enter, or Java), show
 * the result, repeat. Lesson logic lives in {@link LessonWalker}; this class only routes.
 */
public final class Tutor implements Actions {
    private final Console console;
    private final LessonWalker walker;
    private final SessionHost host;
    private final Feedback feedback;
    private final Inspector inspector;
    /** What /history shows: the last {@link #HISTORY} inputs (a long session must not grow it for ever). */
    private final List<String> inputs = new ArrayList<>();
    private static final int HISTORY = 1000;
    private boolean running = true;
    private String prefill = "";
    /** What the last prompt was pre-filled with: an untouched starter is not kept across a command. */
    private String lastPrefill = "";

    Tutor(Console console, LessonWalker walker, SessionHost host) {
        this.console = console;
        this.walker = walker;
        this.host = host;
        this.feedback = new Feedback(console.out(), Ansi.of(console.ansi()), console::width).gradedWhen(this::grading);
        this.inspector = new Inspector(console, host, feedback);
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
            feedback.aside(walker.saved().farewell());
            return 0;
        } finally {
            walker.saved().leave();
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }

    /**
     * Called when the JVM ends while the tutor runs (a snippet called {@code System.exit}
     * through reflection, which the exit guard cannot see, or a signal): saves the progress and
     * says what happened. A shutdown hook cannot refuse the exit.
     */
    public void endedAbruptly() {
        walker.save();
        console.out().println();
        console.out().println(Messages.get("tutor.msg.ended-abruptly", walker.saved().farewell()));
        console.out().flush();
    }

    /** Whether an input now is an attempt: an open exercise or quiz, not free play. */
    private boolean grading() {
        return !walker.playing() && walker.lesson() != null && !walker.record().isDone(walker.step().id())
                && (walker.step() instanceof Step.Exercise || walker.step() instanceof Step.Quiz);
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
                prefill = before.stripTrailing(); // keep the unfinished snippet for after the command
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
     * Puts the tutor's streams back when a snippet set {@code System.out} or {@code System.err}
     * to null: every later snippet would fail on its first print, and JShell itself goes quiet.
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
            feedback.aside(Messages.get("tutor.msg.still-restoring", Math.max(1, r.current()), r.total()));
            host.awaitReady();
            walker.reportStartProblem(); // what was skipped, before this snippet's result
        }
    }

    private void command(String line) {
        String[] parts = line.split("\\s+", 2);
        String args = parts.length > 1 ? parts[1].strip() : "";
        Optional<Command> cmd = Commands.find(parts[0]);
        if (cmd.isEmpty()) {
            feedback.say(Messages.get("tutor.err.unknown-command", parts[0]));
            return;
        }
        try {
            cmd.get().handler().run(this, args);
        } catch (RuntimeException e) {
            feedback.say(Messages.get("tutor.err.command-failed", cmd.get().name(), String.valueOf(e)));
        }
    }

    @Override
    public void lessons(String arg) {
        walker.lessons(arg);
    }

    @Override
    public void next() {
        walker.next();
    }

    @Override
    public void back() {
        walker.back();
    }

    @Override
    public void steps() {
        walker.steps();
    }

    @Override
    public void goTo(String arg) {
        if (arg.isBlank()) {
            walker.steps();   // where to? the steps of this lesson
        } else {
            walker.goTo(arg);
        }
    }

    @Override
    public void show() {
        walker.show();
    }

    @Override
    public void hint() {
        walker.hint();
    }

    @Override
    public void check(String seed) {
        walker.check(seed);
    }

    @Override
    public void solution() {
        walker.solution();
    }

    @Override
    public void skip() {
        walker.skip();
    }

    @Override
    public void restart() {
        if (walker.lesson() == null) {
            return;
        }
        Console.Input answer = console.read(Messages.get("tutor.msg.restart-confirm", walker.lesson().id()), "");
        if (answer instanceof Console.Line l && l.text().strip().toLowerCase(java.util.Locale.ROOT).matches("y|yes")) {
            walker.restart();
        } else {
            feedback.say(Messages.get("tutor.msg.restart-kept"));
        }
    }

    @Override
    public void play() {
        walker.play();
    }

    @Override
    public void progress() {
        walker.progress();
    }

    @Override
    public void paper(String arg) {
        walker.paper(arg);
    }

    @Override
    public void help(String arg) {
        inspector.help(arg);
    }

    @Override
    public void quit() {
        running = false;
    }

    @Override
    public void vars() {
        inspector.vars();
    }

    @Override
    public void methods() {
        inspector.methods();
    }

    @Override
    public void imports() {
        inspector.imports();
    }

    @Override
    public void list() {
        inspector.list();
    }

    @Override
    public void drop(String arg) {
        List<String> names = inspector.drop(arg);
        if (walker.lesson() != null && !names.isEmpty()) {
            names.forEach(n -> walker.record().journal().add(Replay.DROP + n)); // honoured on replay
            walker.save();
        }
    }

    @Override
    public void prune() {
        walker.prune();
    }

    @Override
    public void history() {
        inspector.history(inputs);
    }

    @Override
    public void edit(String arg) {
        inspector.edit(arg).ifPresent(code -> {
            remember(code);
            List<Outcome> outcomes = host.eval(code);
            outcomes.forEach(feedback::outcome);
            walker.afterSnippets(outcomes);
        });
    }
}
