package dltutor.dl;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dltutor.render.Ansi;
import dltutor.render.TrainingProgress;
import dltutor.runtime.Display;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The toolkit's output fits the terminal's current width, also after a resize. */
class WidthTest {
    @AfterEach
    void reset() {
        Display.configure(false, true, 80);
    }

    @Test
    void theProgressLineFollowsAResize() {
        AtomicInteger columns = new AtomicInteger(120);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FitOutput out =
                new FitOutput(
                        new PrintStream(bytes, true, StandardCharsets.UTF_8),
                        false,
                        false,
                        false,
                        true,
                        columns::get);
        TrainingProgress p = new TrainingProgress(9, 15, 17, 94, 0.4245, 48.2, 123);
        out.progress(() -> p, true);
        columns.set(60);
        out.progress(() -> p, true);
        columns.set(40);
        out.progress(() -> p, true);
        String[] segments = bytes.toString(StandardCharsets.UTF_8).split("\r");
        assertTrue(segments.length >= 4);
        assertTrue(Ansi.visibleLength(segments[2]) <= 59, "at 60 columns: '" + segments[2] + "'");
        assertTrue(Ansi.visibleLength(segments[3]) <= 39, "at 40 columns: '" + segments[3] + "'");
    }

    @Test
    void aPlotFitsSixtyColumnsAndFollowsTheWidth() {
        AtomicInteger columns = new AtomicInteger(120);
        Display.configure(false, true, columns::get);
        double[] ys = new double[100];
        for (int i = 0; i < ys.length; i++) {
            ys[i] = -1.58 + Math.sin(i / 9.0) * 3.91;
        }
        Plot plot =
                Toolkit.plot(
                                "a title long enough to need wrapping at sixty columns, really quite long")
                        .line("measured", ys);
        assertTrue(
                plot.render().lines().anyMatch(l -> Ansi.visibleLength(l) > 60),
                "wide at 120 columns");
        columns.set(60);
        for (String line : plot.render().split("\n")) {
            assertTrue(Ansi.visibleLength(line) <= 60, "longer than 60: " + line);
        }
    }

    @Test
    void aHistogramWithALongTitleFitsSixtyColumns() {
        Display.configure(false, true, 60);
        double[] values = new double[500];
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.sin(i) * 3;
        }
        String out =
                Pictures.fitWidth(
                        dltutor.render.Histogram.render(
                                "the weights of the first layer after "
                                        + "twenty epochs of training",
                                values,
                                10,
                                Math.max(10, Math.min(50, Display.width() - 24)),
                                true));
        for (String line : out.split("\n")) {
            assertTrue(Ansi.visibleLength(line) <= 60, "longer than 60: " + line);
        }
        assertTrue(out.contains("twenty epochs"), out);
    }
}
