package dltutor.render;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.Node;

/**
 * A GitHub-style Markdown table for the terminal: columns get their natural width when the table
 * fits, otherwise the widest columns give way and their cells wrap.
 */
final class MarkdownTable {
    private static final int MIN_COLUMN = 8;

    private final MarkdownInline inline;
    private final Ansi ansi;
    private final boolean unicode;

    MarkdownTable(MarkdownInline inline, Ansi ansi, boolean unicode) {
        this.inline = inline;
        this.ansi = ansi;
        this.unicode = unicode;
    }

    List<String> render(TableBlock table, int width) {
        List<List<String>> rows = new ArrayList<>();
        int headerRows = 0;
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                List<String> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) {
                        cells.add(inline.children(cell).strip());
                    }
                }
                rows.add(cells);
                if (section instanceof TableHead) {
                    headerRows++;
                }
            }
        }
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        if (columns == 0) {
            return List.of();
        }
        int[] widths = widths(rows, columns, width);
        String bar = unicode ? " │ " : " | ";
        List<String> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            out.addAll(row(rows.get(r), widths, bar, r < headerRows));
            if (r == headerRows - 1) {
                StringBuilder rule = new StringBuilder();
                for (int c = 0; c < columns; c++) {
                    rule.append(c == 0 ? "" : unicode ? "─┼─" : "-+-")
                            .append((unicode ? "─" : "-").repeat(widths[c]));
                }
                out.add(ansi.dim(rule.toString()));
            }
        }
        return out;
    }

    /** Natural widths, shrunk from the widest column down until the table fits. */
    private static int[] widths(List<List<String>> rows, int columns, int width) {
        int[] w = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                w[c] = Math.max(w[c], Ansi.visibleLength(row.get(c)));
            }
        }
        int available = width - 3 * (columns - 1);
        while (sum(w) > available) {
            int widest = 0;
            for (int c = 1; c < columns; c++) {
                if (w[c] > w[widest]) {
                    widest = c;
                }
            }
            if (w[widest] <= MIN_COLUMN) {
                break;
            }
            w[widest]--;
        }
        return w;
    }

    private static int sum(int[] w) {
        int s = 0;
        for (int v : w) {
            s += v;
        }
        return s;
    }

    private List<String> row(List<String> cells, int[] widths, String bar, boolean header) {
        List<List<String>> wrapped = new ArrayList<>();
        int height = 1;
        for (int c = 0; c < widths.length; c++) {
            String text = c < cells.size() ? cells.get(c) : "";
            List<String> lines = text.isEmpty() ? List.of("") : TextWrap.wrap(text, widths[c]);
            wrapped.add(lines);
            height = Math.max(height, lines.size());
        }
        List<String> out = new ArrayList<>();
        for (int line = 0; line < height; line++) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < widths.length; c++) {
                String part = line < wrapped.get(c).size() ? wrapped.get(c).get(line) : "";
                if (header) {
                    part = ansi.bold(part);
                }
                sb.append(c == 0 ? "" : ansi.dim(bar)).append(part);
                if (c < widths.length - 1) {
                    sb.append(" ".repeat(Math.max(0, widths[c] - Ansi.visibleLength(part))));
                }
            }
            out.add(sb.toString().stripTrailing());
        }
        return out;
    }
}
