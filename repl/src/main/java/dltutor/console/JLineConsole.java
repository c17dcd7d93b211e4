package dltutor.console;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;
import org.jline.utils.AttributedString;
import org.jline.utils.InfoCmp;
import org.jline.utils.Signals;
import org.jline.utils.Status;

/**
 * The learner's terminal through JLine 3: multi-line Java input (Enter runs the snippet only when
 * it is complete), completion of Java names and tutor commands, highlighting, a history file,
 * bracketed paste, and Ctrl-C (clears the line at the prompt; stops a running snippet). Inside a
 * multi-line buffer Enter breaks the line and Alt-Enter runs it (see {@link EditingKeys}). On a
 * dumb terminal (a pipe, an IDE console) it still works, without colour or status line.
 */
public final class JLineConsole implements Console {
    private final Terminal terminal;
    private final LineReader reader;

    /**
     * Whether {@link #read} is inside {@code readLine} (read without the reader's lock; see {@link
     * AbovePrompt}).
     */
    private volatile boolean reading;

    private final PrintStream out;
    private final boolean dumb;
    private final Status statusBar;
    private static final String STATUS_WIDGET = "dltutor-status";
    private volatile Runnable onPrompt;
    private volatile String pendingStatus;
    private volatile Runnable interruptAction = () -> {};

    /** What the console needs from the rest of the tutor. */
    public record Hooks(
            Predicate<String> javaComplete,
            JavaCompleter.Source completions,
            CommandCompletion commands,
            Function<String, String> highlight,
            Path historyFile) {}

    /** Opens the system terminal. */
    public static JLineConsole system(Hooks hooks) throws IOException {
        TerminalBuilder builder = TerminalBuilder.builder();
        if (jniTerminal()) {
            // Only the provider that will be used: by default JLine loads and probes every
            // provider it has (Jansi unpacks its native library, the exec provider starts a
            // process), about 35 ms of a launch.
            builder.provider(TerminalBuilder.PROP_PROVIDER_JNI);
        }
        Terminal t =
                builder.system(true)
                        .name("dltutor")
                        .encoding(localeCharset())
                        .nativeSignals(true)
                        .dumb(true) // a pipe gets a dumb terminal without JLine's "Unable to
                        // create" warning
                        .signalHandler(Terminal.SignalHandler.SIG_IGN)
                        .build();
        JLineConsole console = new JLineConsole(t, hooks);
        if (console.dumb) {
            // A dumb terminal stays in the kernel's line mode, so Ctrl-C arrives as SIGINT, which
            // JLine does not take over for it; by default it would end the JVM. Handled, Ctrl-C
            // stops a running snippet, and at the prompt the kernel discards the typed line.
            Signals.register("INT", () -> console.interruptAction.run());
        }
        return console;
    }

    /**
     * Whether JLine's JNI provider loads here and standard input and output are both terminals;
     * otherwise JLine chooses among all its providers (Jansi, then the exec provider, where the JNI
     * one cannot load) or falls back to a dumb terminal.
     */
    private static boolean jniTerminal() {
        try {
            TerminalProvider jni = TerminalProvider.load(TerminalBuilder.PROP_PROVIDER_JNI);
            return jni.isSystemStream(SystemStream.Input)
                    && jni.isSystemStream(SystemStream.Output);
        } catch (IOException | RuntimeException | LinkageError e) {
            return false;
        }
    }

    /**
     * The terminal's character set from the locale ({@code LANG}, {@code LC_ALL}): UTF-8 when the
     * locale says so, else the locale's (e.g. ASCII for {@code LANG=C}), so that the tutor falls
     * back to ASCII drawings instead of printing mojibake.
     */
    static Charset localeCharset() {
        String name = System.getProperty("native.encoding");
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** Wraps a terminal (tests pass a dumb terminal over pipes). */
    public JLineConsole(Terminal terminal, Hooks hooks) {
        this.terminal = terminal;
        this.dumb =
                Terminal.TYPE_DUMB.equals(terminal.getType())
                        || Terminal.TYPE_DUMB_COLOR.equals(terminal.getType());
        LineReaderBuilder builder =
                LineReaderBuilder.builder()
                        .terminal(terminal)
                        .appName("dltutor")
                        .parser(new SnippetParser(hooks.javaComplete()))
                        .completer(new JavaCompleter(hooks.completions(), hooks.commands()))
                        .variable(LineReader.SECONDARY_PROMPT_PATTERN, "%P ")
                        // no automatic indentation: with it JLine also strips up to four spaces
                        // before a
                        // typed '}', ')' or ']' (its insert-close widgets), which mangles typed
                        // code
                        .variable(LineReader.INDENTATION, 0)
                        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                        .option(LineReader.Option.BRACKETED_PASTE, true)
                        .option(LineReader.Option.INSERT_TAB, false)
                        .option(LineReader.Option.AUTO_FRESH_LINE, true);
        if (!dumb) {
            builder.highlighter(new SnippetHighlighter(hooks.highlight()));
        }
        if (hooks.historyFile() != null) {
            builder.variable(LineReader.HISTORY_FILE, hooks.historyFile());
        }
        this.reader = builder.build();
        EditingKeys.install(reader);
        // While the learner types, output from their background threads goes above the prompt,
        // which is then drawn again (a dumb terminal cannot redraw, so it gets the output as is).
        this.out =
                new PrintStream(
                        dumb
                                ? terminal.output()
                                : new AbovePrompt(reader, terminal.output(), () -> reading),
                        true,
                        terminal.encoding());
        this.statusBar = dumb ? null : Status.getStatus(terminal, true);
        // JLine calls this in every readLine once the terminal is in raw mode, right before it
        // draws the prompt.
        reader.getWidgets()
                .put(
                        LineReader.CALLBACK_INIT,
                        () -> {
                            Runnable r = onPrompt;
                            onPrompt = null;
                            if (r != null) {
                                r.run();
                            }
                            return true;
                        });
        // runs holding the reader's lock, so it never draws into a line being redrawn
        reader.getWidgets()
                .put(
                        STATUS_WIDGET,
                        () -> {
                            String text = pendingStatus;
                            if (text != null && statusBar != null) {
                                statusBar.update(List.of(AttributedString.fromAnsi(text)));
                            }
                            return true;
                        });
        terminal.handle(Terminal.Signal.INT, signal -> interruptAction.run());
    }

    @Override
    public Input read(String prompt, String prefill) {
        reading = true;
        dltutor.runtime.StartTrace.mark("readLine");
        try {
            String line =
                    reader.readLine(
                            prompt, null, (Character) null, prefill.isEmpty() ? null : prefill);
            return new Line(line);
        } catch (UserInterruptException e) {
            return new Interrupt();
        } catch (EndOfFileException e) {
            return new End();
        } finally {
            reading = false;
        }
    }

    @Override
    public PrintStream out() {
        return out;
    }

    @Override
    public int width() {
        int w = terminal.getWidth();
        return w <= 0 ? 80 : Math.min(w, 100);
    }

    @Override
    public boolean ansi() {
        if (dumb) {
            return false;
        }
        Integer colors = terminal.getNumericCapability(InfoCmp.Capability.max_colors);
        return colors != null && colors >= 8;
    }

    @Override
    public boolean unicode() {
        return StandardCharsets.UTF_8.equals(terminal.encoding());
    }

    @Override
    public boolean interactive() {
        return !dumb;
    }

    @Override
    public void status(String text) {
        if (statusBar != null) {
            statusBar.update(List.of(AttributedString.fromAnsi(text)));
        }
    }

    @Override
    public void statusFromBackground(String text) {
        if (statusBar == null || !reading) {
            return; // the tutor's loop draws it before the next prompt
        }
        pendingStatus = text;
        // A thread of its own that holds nothing while it waits for the reader's lock (see
        // AbovePrompt on why a printing thread must never hold a lock the reader may want).
        Thread t =
                new Thread(
                        () -> {
                            try {
                                reader.callWidget(STATUS_WIDGET);
                            } catch (RuntimeException e) {
                                // the reader stopped reading meanwhile: the loop redraws it
                            }
                        },
                        "dltutor-status");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Runs {@code action} once, when the first prompt is about to be drawn (the terminal set up,
     * its native calls made): the moment start-up work that competes with the prompt may begin.
     */
    public void onFirstPrompt(Runnable action) {
        onPrompt = action;
    }

    @Override
    public void onInterrupt(Runnable action) {
        interruptAction = action;
    }

    @Override
    public void close() {
        try {
            if (statusBar != null) {
                statusBar.update(List.of());
                statusBar.close();
            }
            reader.getHistory().save();
        } catch (IOException | RuntimeException e) {
            // closing must never fail the tutor
        }
        try {
            terminal.close();
        } catch (IOException e) {
            // already gone
        }
    }
}
