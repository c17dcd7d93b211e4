package dltutor.console;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.BooleanSupplier;
import org.jline.reader.LineReader;

/**
 * The console's output stream. Between prompts it writes straight to the terminal; while the line
 * reader waits for input (so only a background thread can be printing) it collects whole lines and
 * hands them to {@link LineReader#printAbove(String)}, which prints them above the prompt and draws
 * the prompt and the half-typed input again.
 *
 * <p>Never wait for the line reader's lock while holding this stream's: the reader holds its lock
 * for the whole of {@code readLine}, including while the tutor's parser asks the session whether
 * the input is complete, and javac flushes {@code System.out} and {@code System.err} in there. A
 * thread printing at that moment held the stream and waited for the reader, which waited for the
 * stream: the tutor froze (seen with the background warm-up's compiler). So whether the reader is
 * reading comes from a flag the console sets around {@code readLine}, and the lines for above the
 * prompt are handed to {@code printAbove} by a thread of their own, which holds no stream lock
 * while it waits.
 */
final class AbovePrompt extends OutputStream {
    private final LineReader reader;
    private final OutputStream terminal;
    private final BooleanSupplier reading;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private final BlockingQueue<String> above = new LinkedBlockingQueue<>();

    /**
     * @param reading whether the console is inside {@code readLine}; must not take the reader's
     *     lock (so not {@link LineReader#isReading()})
     */
    AbovePrompt(LineReader reader, OutputStream terminal, BooleanSupplier reading) {
        this.reader = reader;
        this.terminal = terminal;
        this.reading = reading;
        Thread printer = new Thread(this::printAbove, "dltutor-above-prompt");
        printer.setDaemon(true);
        printer.start();
    }

    @Override
    public synchronized void write(int b) throws IOException {
        if (!reading.getAsBoolean()) {
            drainTo(terminal);
            terminal.write(b);
            return;
        }
        if (b == '\n') {
            queueLine();
        } else {
            pending.write(b);
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        if (!reading.getAsBoolean()) {
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
        if (reading.getAsBoolean()) {
            if (pending.size() > 0) {
                queueLine();
            }
        } else {
            drainTo(terminal);
            terminal.flush();
        }
    }

    private void queueLine() {
        String line = pending.toString(StandardCharsets.UTF_8);
        pending.reset();
        above.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
    }

    /** The printer thread: waits for the reader's lock holding nothing else. */
    private void printAbove() {
        while (true) {
            String line;
            try {
                line = above.take();
            } catch (InterruptedException e) {
                return;
            }
            try {
                reader.printAbove(line); // prints plainly if the reader stopped reading meanwhile
            } catch (RuntimeException e) {
                // a closed terminal: nothing left to print to
            }
        }
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
