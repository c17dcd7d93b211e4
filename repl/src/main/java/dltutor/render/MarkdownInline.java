package dltutor.render;

import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Renders the inline content of one Markdown block (text, emphasis, code spans, links...) into a
 * single styled string. Hard line breaks become {@code '\n'}, which {@link TextWrap} keeps; soft
 * line breaks become spaces.
 */
final class MarkdownInline {

    private final Ansi ansi;
    private final boolean unicode;

    MarkdownInline(Ansi ansi, boolean unicode) {
        this.ansi = ansi;
        this.unicode = unicode;
    }

    /** Renders all children of {@code parent}. */
    String children(Node parent) {
        StringBuilder out = new StringBuilder();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            out.append(node(child));
        }
        return out.toString();
    }

    private String node(Node node) {
        if (node instanceof Text text) {
            return text.getLiteral();
        } else if (node instanceof SoftLineBreak) {
            return " ";
        } else if (node instanceof HardLineBreak) {
            return "\n";
        } else if (node instanceof Emphasis) {
            return ansi.italic(children(node));
        } else if (node instanceof StrongEmphasis) {
            return ansi.bold(children(node));
        } else if (node instanceof Code code) {
            return ansi.enabled() ? ansi.yellow(code.getLiteral()) : "`" + code.getLiteral() + "`";
        } else if (node instanceof Link link) {
            return link(link);
        } else if (node instanceof Image image) {
            return image(image);
        } else if (node instanceof HtmlInline) {
            return "";
        }
        return children(node);
    }

    private static final java.util.regex.Pattern PAPER_NOTE =
            java.util.regex.Pattern.compile("(?:\\.\\./)*papers/([A-Za-z0-9-]+)\\.md");

    /** {@code text <url>}, or just the text when it already is the URL (autolinks). */
    private String link(Link link) {
        String text = children(link);
        String url = link.getDestination();
        if (url.isEmpty() || Ansi.strip(text).equals(url)) {
            return text;
        }
        java.util.regex.Matcher paper = PAPER_NOTE.matcher(url);
        if (paper.matches()) {
            return text
                    + " "
                    + ansi.dim("(/paper " + paper.group(1) + ")"); // a note the tutor can show
        }
        return text + " " + ansi.dim("<" + url + ">");
    }

    /** {@code [image: alt — path]}; the terminal cannot show the picture itself. */
    private String image(Image image) {
        String alt = Ansi.strip(children(image)).strip();
        String dash = unicode ? " \u2014 " : " - ";
        String label = alt.isEmpty() ? image.getDestination() : alt + dash + image.getDestination();
        return ansi.dim("[image: " + label + "]");
    }
}
