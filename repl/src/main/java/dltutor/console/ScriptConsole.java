package dltutor.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.function.Predicate;

/**
 * A console that reads input from a script or a pipe, for {@code --run}, transcripts and tests.
 * Lines are joined until the Java in them is complete, as at the terminal; each input is echoed
 * after its prompt so that a transcript reads like a session.
 */
public final class ScriptConsole implements Console {
    private final BufferedReader in;
    private final PrintStream out;
    private final Predicate<String> javaComplete;
    private final boolean echo;

    /**
     * @param javaComplete tells whether Java source is a complete snippet
     * @param echo whether to print each input after its prompt
     */
    public ScriptConsole(
            BufferedReader in, PrintStream out, Predicate<String> javaComplete, boolean echo) {
        this.in = in;
        this.out = out;
        this.javaComplete = javaComplete;
        this.echo = echo;
    }

    @Override
    public Input read(String prompt, String prefill) {
        StringBuilder buffer = new StringBuilder();
        try {
            while (true) {
                String line = in.readLine();
                if (line == null) {
                    if (buffer.length() > 0) {
                        return echoed(prompt, buffer.toString());
                    }
                    return new End();
                }
                if (buffer.length() > 0) {
                    buffer.append('\n');
                }
                buffer.append(line);
                if (InputRules.accepts(buffer.toString(), javaComplete)) {
                    return echoed(prompt, buffer.toString());
                }
            }
        } catch (IOException e) {
            return new End();
        }
    }

    private Input echoed(String prompt, String text) {
        if (echo) {
            out.println(
                    prompt
                            + text.replace(
                                    "\n",
                                    "\n" + " ".repeat(Math.max(0, prompt.length() - 2)) + "… "));
        }
        return new Line(text);
    }

    @Override
    public PrintStream out() {
        return out;
    }

    @Override
    public int width() {
        return 80;
    }

    @Override
    public boolean ansi() {
        return false;
    }

    @Override
    public boolean unicode() {
        return true;
    }

    @Override
    public boolean interactive() {
        return false;
    }

    @Override
    public void status(String text) {
        // no status line in a script
    }

    @Override
    public void onInterrupt(Runnable action) {
        // scripts are not interrupted from the keyboard
    }

    @Override
    public void close() {
        out.flush();
    }
}
