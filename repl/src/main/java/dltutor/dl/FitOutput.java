package dltutor.dl;

import dltutor.render.TrainingProgress;
import java.io.PrintStream;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * What {@link Training#fit} shows while it runs: a status line rewritten in place with {@code \r}
 * at most ten times a second, a line per epoch, and the loss chart.
 *
 * <p>On an ANSI terminal the chart is redrawn in place under the epoch lines after every epoch
 * (cursor up, erase to end of screen). On a dumb terminal nothing but {@code \r} moves the cursor:
 * the epoch lines simply follow each other and the chart comes once, at the end.
 */
final class FitOutput {

    private static final long REFRESH_NANOS = 100_000_000L;
    private static final String CSI = "\u001B[";

    private final PrintStream out;
    private final boolean quiet;
    private final boolean chart;
    private final boolean ansi;
    private final boolean unicode;

    /**
     * The terminal's current width: asked at every redraw, so a resized window gets lines that fit.
     */
    private final IntSupplier columns;

    private long lastDraw;
    private boolean lineShown;
    private int chartLines;

    FitOutput(
            PrintStream out,
            boolean quiet,
            boolean chart,
            boolean ansi,
            boolean unicode,
            IntSupplier columns) {
        this.out = out;
        this.quiet = quiet;
        this.chart = chart;
        this.ansi = ansi;
        this.unicode = unicode;
        this.columns = columns;
    }

    private int width() {
        return Math.max(20, columns.getAsInt());
    }

    /** The opening line: what is trained, on what, for how long. */
    void start(String description) {
        if (!quiet) {
            out.println(description);
            out.flush();
        }
    }

    /** Rewrites the status line, unless it was drawn less than 0.1 s ago. */
    void progress(Supplier<TrainingProgress> progress, boolean force) {
        if (quiet) {
            return;
        }
        long now = System.nanoTime();
        if (!force && lineShown && now - lastDraw < REFRESH_NANOS) {
            return;
        }
        lastDraw = now;
        int width =
                width(); // never the full width: a line that fills it may wrap, and \r cannot undo
        // that
        String line = progress.get().render(width - 1, unicode);
        out.print(
                '\r'
                        + line
                        + (ansi ? CSI + "K" : " ".repeat(Math.max(0, width - 1 - line.length()))));
        out.flush();
        lineShown = true;
    }

    /**
     * Replaces the status line with the epoch's summary and, on ANSI terminals, redraws the chart.
     */
    void epoch(String summary, History history) {
        if (quiet) {
            return;
        }
        clearLine();
        if (ansi && chart && chartLines > 0) {
            out.print(CSI + chartLines + "A\r" + CSI + "J");
        }
        out.println(summary);
        if (ansi && chart) {
            String text = History.chart(List.of(history), width(), unicode, true);
            out.print(text);
            chartLines = (int) text.chars().filter(c -> c == '\n').count();
        }
        out.flush();
    }

    /** The final chart (redrawn in place on ANSI terminals) and the closing line. */
    void end(String summary, History history) {
        if (quiet) {
            return;
        }
        clearLine();
        if (chart && history.steps() > 1) {
            if (ansi && chartLines > 0) {
                out.print(CSI + chartLines + "A\r" + CSI + "J");
            }
            out.print(History.chart(List.of(history), width(), unicode, ansi));
        }
        out.println(summary);
        out.flush();
    }

    /** Leaves the status line so that an error message starts on a line of its own. */
    void abort() {
        if (!quiet && lineShown) {
            out.println();
            out.flush();
            lineShown = false;
        }
    }

    private void clearLine() {
        if (lineShown) {
            out.print(ansi ? "\r" + CSI + "K" : "\r" + " ".repeat(width() - 1) + "\r");
            lineShown = false;
        }
    }
}
