package dltutor.dl;

import dltutor.render.Ansi;

/**
 * What the learner's terminal can show; the tutor sets it at start-up so that the toolkit's
 * pictures use colour and Unicode only where they display.
 */
public final class Display {
    private static volatile boolean ansi;
    private static volatile boolean unicode = true;
    private static volatile int width = 80;

    private Display() {}

    /** Called by the tutor once it knows its terminal. */
    public static void configure(boolean useAnsi, boolean useUnicode, int columns) {
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

    /** The terminal width in columns. */
    public static int width() {
        return width;
    }
}
