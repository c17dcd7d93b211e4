package dltutor.console;

import java.io.PrintStream;

/** Where the tutor reads the learner's input and writes everything it shows. */
public interface Console extends AutoCloseable {

    /** One read from the learner. */
    sealed interface Input permits Line, Interrupt, End {}

    /** A complete input: a command, an answer, or one or more Java snippets (maybe multi-line). */
    record Line(String text) implements Input {}

    /** Ctrl-C at the prompt: the line was cleared. */
    record Interrupt() implements Input {}

    /** End of input (Ctrl-D, or the end of a script). */
    record End() implements Input {}

    /**
     * Reads one complete input.
     *
     * @param prompt the prompt
     * @param prefill text placed in the input buffer for the learner to edit (may be empty)
     */
    Input read(String prompt, String prefill);

    /** The stream for everything shown (the tutor's text and the learner's program output). */
    PrintStream out();

    /** Text width to wrap prose at. */
    int width();

    /** Whether ANSI colours and styles may be used. */
    boolean ansi();

    /** Whether Unicode box, block and braille characters display. */
    boolean unicode();

    /** Whether a person is at a real terminal (prefill and a status line make sense). */
    boolean interactive();

    /** Shows a status line at the bottom of the screen where the terminal supports one. */
    void status(String text);

    /**
     * Shows a status line from a background thread (the session became ready while the learner sits
     * at the prompt). Between prompts it may do nothing: the tutor draws the status line again
     * before each prompt.
     */
    default void statusFromBackground(String text) {}

    /** Sets what Ctrl-C does while a snippet runs (the prompt handles it by itself). */
    void onInterrupt(Runnable action);

    @Override
    void close();
}
