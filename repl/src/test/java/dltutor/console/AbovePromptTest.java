package dltutor.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Output from a background thread while the learner types lands above a redrawn prompt. */
class AbovePromptTest {

    /** Output that a thread-safe test can read while the console writes. */
    static final class Screen extends ByteArrayOutputStream {
        synchronized String text() {
            return toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    @Timeout(30)
    void backgroundOutputIsFollowedByAFreshPrompt() throws Exception {
        PipedOutputStream keys = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(keys);
        Screen screen = new Screen();
        Terminal t = new DumbTerminal("test", "xterm", in, screen, StandardCharsets.UTF_8);
        t.setSize(new Size(80, 24));
        try (JLineConsole c =
                new JLineConsole(
                        t,
                        new JLineConsole.Hooks(
                                s -> true,
                                (b, cur, a) -> List.of(),
                                CommandCompletion.of(List.of()),
                                s -> s,
                                null))) {
            CompletableFuture<Console.Input> read =
                    CompletableFuture.supplyAsync(() -> c.read("tick> ", ""));
            typeAndWait(keys, screen, "int zz = 1", "int zz = 1");
            int before = screen.text().length();
            Thread thread = new Thread(() -> c.out().println("tick 2"));
            thread.start();
            thread.join();
            waitFor(screen, "tick 2");
            keys.write("\r".getBytes(StandardCharsets.UTF_8));
            keys.flush();
            Console.Input input = read.get(20, TimeUnit.SECONDS);
            assertEquals("int zz = 1", assertInstanceOf(Console.Line.class, input).text());
            String after = screen.text().substring(before);
            int tick = after.indexOf("tick 2");
            assertTrue(
                    tick >= 0 && after.indexOf("tick> int zz = 1", tick) > tick,
                    "the prompt and the typed text are drawn again after the output: " + after);
        }
    }

    /**
     * The freeze seen in a real session: while the reader holds its lock (here: the parser asks
     * whether the input is complete, as javac flushing System.out did), a background thread prints.
     * The printer must not hold the stream while it waits for the reader.
     */
    @Test
    @Timeout(30)
    void printingWhileTheParserRunsDoesNotFreezeTheConsole() throws Exception {
        PipedOutputStream keys = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(keys);
        Screen screen = new Screen();
        Terminal t = new DumbTerminal("test", "xterm", in, screen, StandardCharsets.UTF_8);
        t.setSize(new Size(80, 24));
        AtomicReference<JLineConsole> console = new AtomicReference<>();
        java.util.function.Predicate<String> complete =
                source -> {
                    Thread background =
                            new Thread(() -> console.get().out().println("from the background"));
                    background.start();
                    try {
                        background.join(
                                500); // it prints (or, before the fix, waits for the reader holding
                        // the stream)
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    console.get().out().flush(); // what javac's Log did inside the parser
                    return true;
                };
        try (JLineConsole c =
                new JLineConsole(
                        t,
                        new JLineConsole.Hooks(
                                complete,
                                (b, cur, a) -> List.of(),
                                CommandCompletion.of(List.of()),
                                s -> s,
                                null))) {
            console.set(c);
            CompletableFuture<Console.Input> read =
                    CompletableFuture.supplyAsync(() -> c.read("tick> ", ""));
            typeAndWait(keys, screen, "1 + 1", "1 + 1");
            keys.write("\r".getBytes(StandardCharsets.UTF_8));
            keys.flush();
            Console.Input input = read.get(10, TimeUnit.SECONDS);
            assertEquals("1 + 1", assertInstanceOf(Console.Line.class, input).text());
            waitFor(screen, "from the background");
        }
    }

    private static void typeAndWait(PipedOutputStream keys, Screen screen, String text, String echo)
            throws IOException, InterruptedException {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
        waitFor(screen, echo);
    }

    private static void waitFor(Screen screen, String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!screen.text().contains(text)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(
                        "waited for '"
                                + text
                                + "' on: "
                                + screen.text().replace("\u001b", "ESC").replace("\r", "CR"));
            }
            Thread.sleep(20);
        }
    }
}
