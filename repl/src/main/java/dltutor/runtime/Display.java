package dltutor.runtime;

import dltutor.render.Ansi;
import java.util.function.IntSupplier;

/**
 * What the learner's terminal can show; the tutor sets it at start-up so that the toolkit's
 * pictures use colour and Unicode only where they display.
 */
public final class Display {
    private static volatile boolean ansi;
    private static volatile boolean unicode = true;
    private static volatile IntSupplier width = () -> 80;

    private Display() {}

    /** Called by the tutor once it knows its terminal (tests pass a fixed width). */
    public static void configure(boolean useAnsi, boolean useUnicode, int columns) {
        configure(useAnsi, useUnicode, () -> columns);
    }

    /**
     * Called by the tutor once it knows its terminal.
     *
     * @param columns the terminal's current width, asked again for every picture so that output
     *     fits after the window is resized
     */
    public static void configure(boolean useAnsi, boolean useUnicode, IntSupplier columns) {
        ansi = useAnsi;
        unicode = useUnicode;
        width = columns;
    }

    /** ANSI styling for the terminal (disabled on dumb terminals). */
    public static Ansi ansi() {
        return Ansi.of(ansi);
    }

    /** Whether braille and block characters display. */
    public static boolean unicode() {
        return unicode;
    }

    /** The terminal's current width in columns (at least 20). */
    public static int width() {
        return Math.max(20, width.getAsInt());
    }
}
