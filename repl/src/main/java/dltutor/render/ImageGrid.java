package dltutor.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Several small images side by side in rows, each with a label centred underneath: the "first 32
 * training examples with their classes" picture that opens every vision lesson.
 *
 * <p>The layout of the figures in LeCun et al. (1998) and of every data-set page since (MNIST,
 * CIFAR, Fashion-MNIST by Xiao, Rasul and Vollgraf, 2017). Use it to look at a batch and its
 * labels, or at the examples a model gets wrong.
 *
 * <p>The grid fits {@code maxWidth} columns: images wider than 16 pixels are halved (2×2 averaging)
 * when the requested number of columns would not fit, and if they still do not fit, fewer images go
 * on each row ({@code perRow = ⌊(maxWidth + 1)/(w + 1)⌋}). Labels are cut to the image width.
 */
public final class ImageGrid {

    private static final int GAP = 1;

    private ImageGrid() {}

    /**
     * The grid as text, each line ending with a newline.
     *
     * @param images the images; all should have the same size
     * @param labels one label per image (or fewer; missing labels are blank), may be empty
     * @param columns images per row wanted
     * @param maxWidth terminal columns available
     * @param mode colour or ASCII
     */
    public static String render(
            List<Pixels> images, List<String> labels, int columns, int maxWidth, ColorMode mode) {
        if (images.isEmpty()) {
            return "(no images)\n";
        }
        List<Pixels> shown = new ArrayList<>(images);
        int wanted = Math.max(1, Math.min(columns, shown.size()));
        int width = maxImageWidth(shown);
        while (wanted * (width + GAP) - GAP > maxWidth && width > 16) {
            shown.replaceAll(p -> p.downscale(2));
            width = maxImageWidth(shown);
        }
        int perRow = Math.max(1, Math.min(wanted, (maxWidth + GAP) / (width + GAP)));
        StringBuilder out = new StringBuilder();
        for (int start = 0; start < shown.size(); start += perRow) {
            int end = Math.min(shown.size(), start + perRow);
            List<List<String>> cells = new ArrayList<>();
            int height = 0;
            for (int i = start; i < end; i++) {
                List<String> lines = HalfBlocks.lines(shown.get(i), mode);
                cells.add(lines);
                height = Math.max(height, lines.size());
            }
            for (int line = 0; line < height; line++) {
                List<String> parts = new ArrayList<>();
                for (List<String> cell : cells) {
                    parts.add(pad(line < cell.size() ? cell.get(line) : "", width));
                }
                out.append(String.join(" ".repeat(GAP), parts).stripTrailing()).append('\n');
            }
            if (!labels.isEmpty()) {
                List<String> parts = new ArrayList<>();
                for (int i = start; i < end; i++) {
                    parts.add(centre(i < labels.size() ? labels.get(i) : "", width));
                }
                out.append(String.join(" ".repeat(GAP), parts).stripTrailing()).append('\n');
            }
        }
        return out.toString();
    }

    private static int maxImageWidth(List<Pixels> images) {
        int w = 1;
        for (Pixels p : images) {
            w = Math.max(w, p.width());
        }
        return w;
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - Ansi.visibleLength(s)));
    }

    /** {@code text} cut to {@code width} columns and centred in that many columns. */
    static String centre(String text, int width) {
        String t = TerminalColumns.cut(text == null ? "" : text.replace('\n', ' '), width);
        int len = TerminalColumns.of(t);
        int left = (width - len) / 2;
        return " ".repeat(left) + t + " ".repeat(width - len - left);
    }
}
