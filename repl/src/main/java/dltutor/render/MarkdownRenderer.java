package dltutor.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.ext.front.matter.YamlFrontMatterBlock;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Renders CommonMark Markdown as terminal text.
 *
 * <p>Each block becomes a list of lines; container blocks (lists, quotes) render their children at
 * a smaller width and put a marker or bar in front. Paragraphs and headings are wrapped, code
 * blocks are indented by four spaces and never wrapped, HTML is dropped and a YAML front-matter
 * block is skipped. Blocks are separated by one blank line (none inside tight lists), and the
 * result ends with exactly one newline.
 */
public final class MarkdownRenderer {

    /** Narrowest rendering width; smaller requests are raised to this. */
    public static final int MIN_WIDTH = 40;

    /** Widest rendering width; long lines are hard to read, so larger requests are capped. */
    public static final int MAX_WIDTH = 100;

    private static final String CODE_INDENT = "    ";

    private static final Parser PARSER =
            Parser.builder()
                    .extensions(
                            List.of(YamlFrontMatterExtension.create(), TablesExtension.create()))
                    .build();

    private final Ansi ansi;
    private final boolean unicode;
    private final MarkdownInline inline;

    private MarkdownRenderer(Ansi ansi, boolean unicode) {
        this.ansi = ansi;
        this.unicode = unicode;
        this.inline = new MarkdownInline(ansi, unicode);
    }

    /** Same as {@link #render(String, int, Ansi, boolean)} for a Unicode-capable terminal. */
    public static String render(String markdown, int width, Ansi ansi) {
        return render(markdown, width, ansi, true);
    }

    /**
     * Renders {@code markdown} as lines of at most {@code width} columns (code blocks excepted).
     *
     * @param width terminal width, clamped to [{@value #MIN_WIDTH}, {@value #MAX_WIDTH}]
     * @param ansi styling; a disabled {@code Ansi} gives plain text
     * @param unicode whether to use {@code • │ ─}; otherwise ASCII {@code - | -}
     * @return the rendered text, ending with exactly one newline
     */
    public static String render(String markdown, int width, Ansi ansi, boolean unicode) {
        int clamped = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, width));
        Node document = PARSER.parse(markdown);
        List<String> lines = new MarkdownRenderer(ansi, unicode).blocks(document, clamped, false);
        return join(lines);
    }

    /** Renders the child blocks of {@code parent}, with blank lines between them unless tight. */
    private List<String> blocks(Node parent, int width, boolean tight) {
        List<String> out = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            List<String> lines = block(child, width);
            if (lines.isEmpty()) {
                continue;
            }
            if (!out.isEmpty() && !tight) {
                out.add("");
            }
            out.addAll(lines);
        }
        return out;
    }

    private List<String> block(Node node, int width) {
        if (node instanceof Heading heading) {
            return heading(heading, width);
        } else if (node instanceof Paragraph paragraph) {
            String text = inline.children(paragraph);
            return Ansi.strip(text).isBlank() ? List.of() : TextWrap.wrap(text, width);
        } else if (node instanceof FencedCodeBlock code) {
            return code(code.getLiteral(), code.getInfo());
        } else if (node instanceof IndentedCodeBlock code) {
            return code(code.getLiteral(), "");
        } else if (node instanceof ListBlock list) {
            return list(list, width);
        } else if (node instanceof BlockQuote quote) {
            return quote(quote, width);
        } else if (node instanceof TableBlock table) {
            return new MarkdownTable(inline, ansi, unicode).render(table, width);
        } else if (node instanceof ThematicBreak) {
            return List.of(ansi.dim((unicode ? "\u2500" : "-").repeat(width)));
        } else if (node instanceof HtmlBlock
                || node instanceof YamlFrontMatterBlock
                || node instanceof LinkReferenceDefinition) {
            return List.of();
        }
        return blocks(node, width, false);
    }

    /**
     * {@code #} bold, underlined and cyan; {@code ##} bold cyan; deeper levels bold. Without ANSI,
     * levels 1 and 2 are underlined with a line of {@code =} or {@code -}.
     */
    private List<String> heading(Heading heading, int width) {
        String text = inline.children(heading);
        String styled =
                switch (heading.getLevel()) {
                    case 1 -> ansi.bold(ansi.underline(ansi.cyan(text)));
                    case 2 -> ansi.bold(ansi.cyan(text));
                    default -> ansi.bold(text);
                };
        List<String> lines = new ArrayList<>(TextWrap.wrap(styled, width));
        if (!ansi.enabled() && heading.getLevel() <= 2) {
            int length = lines.stream().mapToInt(Ansi::visibleLength).max().orElse(0);
            lines.add((heading.getLevel() == 1 ? "=" : "-").repeat(length));
        }
        return lines;
    }

    /** Code is indented, not wrapped; Java (or unlabelled) code is highlighted. */
    private List<String> code(String literal, String info) {
        String body = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
        if (body.isEmpty()) {
            return List.of();
        }
        String language =
                info == null || info.isBlank()
                        ? ""
                        : info.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
        boolean java =
                language.isEmpty()
                        || language.equals("java")
                        || language.equals("jshell")
                        || language.equals("jsh");
        String shown = java ? JavaHighlighter.highlight(body, ansi) : body;
        List<String> lines = new ArrayList<>();
        for (String line : shown.replace("\t", CODE_INDENT).split("\n", -1)) {
            lines.add(line.isEmpty() ? "" : CODE_INDENT + line);
        }
        return lines;
    }

    /** Bullet or numbered items with a hanging indent as wide as the marker. */
    private List<String> list(ListBlock list, int width) {
        int number = 1;
        String delimiter = ".";
        if (list instanceof OrderedList ordered) {
            number = ordered.getMarkerStartNumber() == null ? 1 : ordered.getMarkerStartNumber();
            delimiter = ordered.getMarkerDelimiter() == null ? "." : ordered.getMarkerDelimiter();
        }
        int itemCount = 0;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            itemCount++;
        }
        int numberWidth = String.valueOf(number + itemCount - 1).length();

        List<String> out = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext(), number++) {
            String marker =
                    list instanceof OrderedList
                            ? String.format("%" + numberWidth + "d%s ", number, delimiter)
                            : (unicode ? "\u2022 " : "- ");
            String indent = " ".repeat(marker.length());
            List<String> body = blocks(item, Math.max(1, width - marker.length()), list.isTight());
            if (!out.isEmpty() && !list.isTight()) {
                out.add("");
            }
            out.add(marker + (body.isEmpty() ? "" : body.get(0)));
            for (String line : body.subList(Math.min(1, body.size()), body.size())) {
                out.add(line.isEmpty() ? "" : indent + line);
            }
        }
        return out;
    }

    /** Quoted blocks are dimmed and prefixed with a bar. */
    private List<String> quote(BlockQuote quote, int width) {
        String bar = unicode ? "\u2502" : "|";
        List<String> out = new ArrayList<>();
        for (String line : blocks(quote, Math.max(1, width - 2), false)) {
            out.add(ansi.dim(line.isEmpty() ? bar : bar + " " + line));
        }
        return out;
    }

    /** Joins lines: no leading, trailing or repeated blank lines, no trailing spaces. */
    private static String join(List<String> lines) {
        StringBuilder out = new StringBuilder();
        boolean pendingBlank = false;
        for (String line : lines) {
            String trimmed = line.stripTrailing();
            if (Ansi.strip(trimmed).isBlank()) {
                pendingBlank = out.length() > 0;
                continue;
            }
            if (pendingBlank) {
                out.append('\n');
                pendingBlank = false;
            }
            out.append(trimmed).append('\n');
        }
        return out.length() == 0 ? "\n" : out.toString();
    }
}
