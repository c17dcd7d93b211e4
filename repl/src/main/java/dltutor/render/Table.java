package dltutor.render;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A plain text table: a header row, a rule, then the data rows.
 *
 * <pre>{@code
 *  epoch │   loss
 * ───────┼────────
 *      1 │ 0.6931
 * }</pre>
 *
 * <p>Numbers ({@link Number} cells) are right-aligned and everything else left-aligned; a header is
 * right-aligned when its whole column is numeric. Column widths come from the content, ignoring
 * ANSI codes. Floating-point cells show at most 6 significant digits.
 */
public final class Table {

    /** One formatted cell and whether it holds a number. */
    private record Cell(String text, boolean numeric) {}

    private final List<String> headers;
    private final List<List<Cell>> rows = new ArrayList<>();

    private Table(List<String> headers) {
        this.headers = List.copyOf(headers);
    }

    /** Starts a table with these column headers. */
    public static Table of(List<String> headers) {
        if (headers.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        return new Table(headers);
    }

    /**
     * Adds a row; missing trailing cells are left empty and {@code null} shows as empty.
     *
     * @throws IllegalArgumentException if there are more cells than headers
     */
    public Table row(Object... cells) {
        if (cells.length > headers.size()) {
            throw new IllegalArgumentException(
                    cells.length + " cells for " + headers.size() + " columns");
        }
        List<Cell> row = new ArrayList<>();
        for (int c = 0; c < headers.size(); c++) {
            row.add(cell(c < cells.length ? cells[c] : null));
        }
        rows.add(row);
        return this;
    }

    /** Renders the table with box-drawing characters or ASCII; ends with a newline. */
    public String render(boolean unicode) {
        int columns = headers.size();
        int[] widths = new int[columns];
        boolean[] numericColumn = new boolean[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = Ansi.visibleLength(headers.get(c));
            numericColumn[c] = !rows.isEmpty();
            for (List<Cell> row : rows) {
                Cell cell = row.get(c);
                widths[c] = Math.max(widths[c], Ansi.visibleLength(cell.text()));
                numericColumn[c] &= cell.numeric() || cell.text().isEmpty();
            }
        }
        String bar = unicode ? "\u2502" : "|";
        List<Cell> headerCells = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            headerCells.add(new Cell(headers.get(c), numericColumn[c]));
        }
        StringBuilder out = new StringBuilder();
        out.append(line(headerCells, widths, bar));
        List<String> rules = new ArrayList<>();
        for (int width : widths) {
            rules.add((unicode ? "\u2500" : "-").repeat(width + 2));
        }
        out.append(String.join(unicode ? "\u253C" : "+", rules)).append('\n');
        for (List<Cell> row : rows) {
            out.append(line(row, widths, bar));
        }
        return out.toString();
    }

    private static String line(List<Cell> cells, int[] widths, String bar) {
        List<String> parts = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            Cell cell = cells.get(c);
            String padding = " ".repeat(widths[c] - Ansi.visibleLength(cell.text()));
            String aligned = cell.numeric() ? padding + cell.text() : cell.text() + padding;
            parts.add(" " + aligned + " ");
        }
        return String.join(bar, parts).stripTrailing() + "\n";
    }

    private static Cell cell(Object value) {
        if (value instanceof Number number) {
            return new Cell(number(number), true);
        }
        String text = value == null ? "" : value.toString();
        return new Cell(text.replace('\n', ' '), false);
    }

    /** Integers as they are; floating point with at most 6 significant digits. */
    private static String number(Number number) {
        if (number instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        } else if (!(number instanceof Double || number instanceof Float)) {
            return number.toString();
        }
        double v = number.doubleValue();
        if (!Double.isFinite(v) || v == 0) {
            return v == 0 ? "0" : String.valueOf(v);
        }
        double magnitude = Math.abs(v);
        if (magnitude >= 1e-4 && magnitude < 1e9) {
            return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
        }
        return String.format(Locale.ROOT, "%.5e", v).replaceAll("\\.?0+e", "e");
    }
}
