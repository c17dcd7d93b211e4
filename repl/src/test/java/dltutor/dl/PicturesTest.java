package dltutor.dl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dltutor.render.ColorMode;
import dltutor.render.Pixels;
import dltutor.runtime.Display;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class PicturesTest {

    @RegisterExtension final EngineManager engine = new EngineManager();
    private PrintStream stdout;
    private ByteArrayOutputStream captured;

    @TempDir Path dir;

    @BeforeEach
    void open() {
        Display.configure(false, false, 80);
        Pictures.setColorMode(null);
        stdout = System.out;
        captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void close() {
        System.setOut(stdout);
        Display.configure(false, true, 80);
    }

    private String out() {
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void channelsFirstAndChannelsLastGiveTheSamePixels() {
        float[] chw = new float[3 * 2 * 2];
        for (int i = 0; i < chw.length; i++) {
            chw[i] = i / 11f;
        }
        NDArray first = engine.manager().create(chw, new Shape(3, 2, 2));
        NDArray last = first.transpose(1, 2, 0); // (H, W, C)
        Pixels a = Pictures.toPixels(first, false).get(0);
        Pixels b = Pictures.toPixels(last, false).get(0);
        assertEquals(3, a.channels());
        assertArrayEquals(a.data(), b.data());
        assertEquals(0.0f, a.data()[0]);
        assertEquals(
                4 / 11f, a.data()[1], 1e-6, "green of pixel (0, 0) is channel 1's first value");
    }

    @Test
    void byteValuesAreDividedBy255AndOtherRangesStretched() {
        float[] bytes = {0, 255, 51, 102};
        Pictures.scale(bytes);
        assertArrayEquals(new float[] {0, 1, 0.2f, 0.4f}, bytes, 1e-6f);
        float[] signed = {-1, 1, 0, 3};
        Pictures.scale(signed);
        assertArrayEquals(new float[] {0, 0.5f, 0.25f, 1}, signed, 1e-6f);
        assertThrows(
                IllegalArgumentException.class,
                () -> Pictures.toPixels(engine.manager().zeros(new Shape(5)), false));
    }

    @Test
    void goldenAsciiGridWithClassNames() {
        NDArray images =
                engine.manager()
                        .create(
                                new float[] {0, 1, 1, 0, 1, 1, 1, 1},
                                new Shape(2, 2, 2)); // (N, H, W)
        NDArray labels = engine.manager().create(new int[] {1, 0});
        Pictures.showImages(images, labels, new String[] {"T", "X"}, 4);
        assertEquals("++ @@\nX  T\n", out());
    }

    @Test
    void colourModeFollowsTheTerminalUnlessFixed() {
        assertEquals(ColorMode.ASCII, Pictures.colorMode());
        Display.configure(true, true, 80);
        assertTrue(Pictures.colorMode() != ColorMode.ASCII);
        Pictures.setColorMode(ColorMode.PALETTE_256);
        assertEquals(ColorMode.PALETTE_256, Pictures.colorMode());
        Pictures.setColorMode(null);
    }

    @Test
    void heatmapHistogramAndPngFiles() throws Exception {
        Pictures.showHeatmap(
                "attention",
                engine.manager().create(new float[] {0, 1, 1, 0}, new Shape(2, 2)),
                new String[] {"a", "b"},
                new String[] {"a", "b"});
        Pictures.showHistogram("w", engine.manager().create(new float[] {0, 1, 1, 2}), 2);
        String text = out();
        assertTrue(text.startsWith("attention\n   a b\na   @@\nb @@\n"), text);
        assertTrue(text.contains("w  n=4"), text);
        Path grid = dir.resolve("grid.png");
        Pictures.saveImages(
                grid.toString(),
                engine.manager().randomUniform(0, 1, new Shape(4, 1, 8, 8)),
                2,
                3,
                "a",
                "b");
        Path heat = dir.resolve("heat.png");
        Pictures.saveHeatmap(
                heat.toString(), "w", engine.manager().randomNormal(new Shape(3, 4)), null, null);
        History h = new History("run");
        for (int i = 0; i < 10; i++) {
            h.addStep(1f / (i + 1));
        }
        Path plot = dir.resolve("plot.png");
        Pictures.savePlot(plot.toString(), h);
        Path chart = dir.resolve("chart.png");
        Toolkit.plot("curve")
                .line("up", new double[] {1, 2, 4})
                .scatter("pts", new double[] {0, 2}, new double[] {1, 3})
                .xLabel("x")
                .save(chart.toString());
        for (Path p : List.of(grid, heat, plot, chart)) {
            assertTrue(Files.size(p) > 100, p.toString());
        }
    }

    @Test
    void segmentationShowsPictureMaskAndPredictionPerExample() {
        NDArray images = engine.manager().randomUniform(0f, 1f, new Shape(3, 1, 8, 8));
        NDArray masks = images.gt(0.5f).toType(ai.djl.ndarray.types.DataType.FLOAT32, false);
        String text = Pictures.renderSegmentation(images, masks, masks, 2, 30, ColorMode.ASCII);
        assertEquals(2, text.split("output", -1).length - 1, text);
        assertEquals(2, text.split("mask", -1).length - 1, text);
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        Pictures.renderSegmentation(
                                images, masks.get("0:2"), masks, 2, 30, ColorMode.ASCII));
    }
}
