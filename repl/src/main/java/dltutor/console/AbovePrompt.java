package dltutor.console;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.jline.reader.LineReader;

/**
 * The console's output stream. Between prompts it writes straight to the terminal; while the line
 * reader waits for input (so only a background thread of the learner can be printing) it collects
 * whole lines and hands them to {@link LineReader#printAbove(String)}, which prints them above the
 * prompt and draws the prompt and the half-typed input again.
 */
final class AbovePrompt extends OutputStream {
    private final LineReader reader;
    private final OutputStream terminal;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    AbovePrompt(LineReader reader, OutputStream terminal) {
        this.reader = reader;
        this.terminal = terminal;
    }

    @Override
    public synchronized void write(int b) throws IOException {
        if (!reader.isReading()) {
            drainTo(terminal);
            terminal.write(b);
            return;
        }
        if (b == '\n') {
            above();
        } else {
            pending.write(b);
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        if (!reader.isReading()) {
            drainTo(terminal);
            terminal.write(b, off, len);
            return;
        }
        for (int i = off; i < off + len; i++) {
            write(b[i]);
        }
    }

    /** A partial line (a {@code print} without newline) is shown as a line of its own. */
    @Override
    public synchronized void flush() throws IOException {
        if (reader.isReading()) {
            if (pending.size() > 0) {
                above();
            }
        } else {
            drainTo(terminal);
            terminal.flush();
        }
    }

    private void above() {
        String line = pending.toString(StandardCharsets.UTF_8);
        pending.reset();
        reader.printAbove(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
    }

    private void drainTo(OutputStream out) throws IOException {
        if (pending.size() > 0) {
            pending.writeTo(out);
            pending.reset();
        }
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
