package dltutor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngExportTest {

    @TempDir Path dir;

    @Test
    void anImageGridIsScaledUpWithNearestNeighbour() throws IOException {
        Pixels red = new Pixels(2, 2, 3, new float[] {1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0});
        Path file = dir.resolve("sub/grid.png");
        PngExport.writeImageGrid(List.of(red, red, red), List.of("a", "b", "c"), 2, 4, file);
        BufferedImage image = ImageIO.read(file.toFile());
        assertTrue(image.getWidth() >= 2 * 8 && image.getHeight() >= 2 * 8);
        int cellW = Math.max(8, 48);
        int x0 = 8 + (cellW - 8) / 2;
        assertEquals(0xFF0000, image.getRGB(x0 + 1, 8 + 1) & 0xFFFFFF);
        assertEquals(0xFFFFFF, image.getRGB(1, 1) & 0xFFFFFF, "white background");
    }

    @Test
    void aHeatmapAndALinePlotAreWritten() throws IOException {
        Path heat = dir.resolve("heat.png");
        PngExport.writeHeatmap(
                new double[][] {{0, 1}, {2, 3}},
                List.of("r0", "r1"),
                List.of("c0", "c1"),
                "title",
                Colormap.VIRIDIS,
                true,
                heat);
        BufferedImage h = ImageIO.read(heat.toFile());
        assertEquals(
                Colormap.VIRIDIS.rgb(0),
                h.getRGB(90 + 2, 28 + 70 + 2) & 0xFFFFFF,
                "the smallest cell");
        Path plot = dir.resolve("plot.png");
        PngExport.writeLinePlot(
                "loss",
                "step",
                "loss",
                List.of(
                        Series.of("train", new double[] {3, 2, 1.5, 1.2}),
                        Series.of("val", new double[] {3.1, 2.2, 1.9, 1.8})),
                false,
                plot);
        BufferedImage p = ImageIO.read(plot.toFile());
        assertEquals(720, p.getWidth());
        assertEquals(440, p.getHeight());
    }
}
