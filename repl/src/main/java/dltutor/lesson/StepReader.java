package dltutor.lesson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.front.matter.YamlFrontMatterBlock;
import org.commonmark.node.Block;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SourceSpan;

/** Walks the top-level blocks of one lesson.md and cuts them into steps. */
final class StepReader {
    private final Path md;
    private final List<String> lines;
    private final Map<String, String> solutions;
    private final List<Step> steps = new ArrayList<>();
    private StepDraft draft;

    private static final Pattern BACKTICK_INFO = Pattern.compile("^ {0,3}```+\\s*java\\b.*`.*$");

    StepReader(Path md, List<String> lines, String title, Map<String, String> solutions) {
        this.md = md;
        this.lines = lines;
        this.solutions = solutions;
        this.draft = new StepDraft(null, "intro", title, 1);
    }

    List<Step> read(Node doc) {
        for (int i = 0; i < lines.size(); i++) {
            if (BACKTICK_INFO.matcher(lines.get(i)).matches()) {
                // CommonMark: a backtick fence's info string may not hold a backtick, so this line
                // opens no code block and the check (or answer) would silently vanish
                throw new LessonException(
                        md,
                        i + 1,
                        "a ```java line cannot contain backticks after 'java' (Markdown then opens"
                                + " no code block); write the title without them");
            }
        }
        for (Node node = doc.getFirstChild(); node != null; node = node.getNext()) {
            if (!(node instanceof Block block)
                    || block instanceof YamlFrontMatterBlock
                    || block.getSourceSpans().isEmpty()) {
                continue; // front matter has no source spans we need
            }
            int line = firstLine(block);
            if (block instanceof Heading h && h.getLevel() == 2) {
                finish();
                Matcher m = LessonLoader.STEP_HEADING.matcher(lines.get(line));
                if (!m.matches()) {
                    throw new LessonException(
                            md,
                            line + 1,
                            "a step heading needs an id: '## Kind: Title {#step-id}'");
                }
                draft = new StepDraft(m.group(1), m.group(3), m.group(2), line + 1);
            } else if (block instanceof Heading h
                    && h.getLevel() == 3
                    && (text(block).equals("### Hints") || text(block).equals("### Explanation"))) {
                draft.section = text(block).substring(4);
            } else {
                if (block instanceof Heading h && h.getLevel() == 3) {
                    draft.section = ""; // any other sub-heading ends Hints/Explanation
                }
                add(block, line);
            }
        }
        finish();
        return steps;
    }

    private void add(Block block, int line) {
        if (draft.section.equals("Hints")) {
            if (!(block instanceof ListBlock list)) {
                throw new LessonException(md, line + 1, "### Hints must be followed by a list");
            }
            draft.hints.addAll(items(list));
            return;
        }
        if (draft.section.equals("Explanation")) {
            draft.explanation.append(text(block)).append("\n\n");
            return;
        }
        if (block instanceof FencedCodeBlock code) {
            String[] info = code.getInfo().trim().split("\\s+", 3);
            String role = info.length > 1 ? info[1] : "";
            String body = code.getLiteral().stripTrailing();
            if (info[0].equals("answer")) {
                draft.answer = body;
                draft.answerLine = line + 1;
                return;
            }
            if (info[0].equals("java") && role.equals("check")) {
                String name = info.length > 2 ? info[2].replace("\"", "").trim() : "check";
                draft.checks.add(new CheckSpec(name, body, line + 1));
                return;
            }
            if (info[0].equals("java") && (role.equals("wrong") || role.equals("alternative"))) {
                String description = info.length > 2 ? info[2].trim() : "";
                if (description.isEmpty()) {
                    throw new LessonException(
                            md,
                            line + 1,
                            "a ```java "
                                    + role
                                    + " block needs a one-line description after '"
                                    + role
                                    + "'");
                }
                (role.equals("wrong") ? draft.wrongs : draft.alternatives)
                        .add(new Step.Variant(description, body, line + 1));
                return;
            }
            if (info[0].equals("java") && role.equals("starter")) {
                draft.starter = body;
            } else if (info[0].equals("java")
                    && draft.kind != null
                    && (draft.kind.equals("Demo") || draft.kind.equals("Figure"))) {
                draft.code.add(body);
            }
        }
        if (draft.kind != null
                && draft.kind.equals("Quiz")
                && block instanceof OrderedList list
                && draft.options.isEmpty()) {
            draft.options.addAll(items(list));
        }
        draft.markdown.append(text(block)).append("\n\n");
    }

    private void finish() {
        if (draft == null) {
            return;
        }
        StepDraft d = draft;
        draft = null;
        String markdown = d.markdown.toString().strip();
        if (d.kind == null && markdown.isEmpty() && d.id.equals("intro")) {
            return;
        }
        if (steps.stream().anyMatch(s -> s.id().equals(d.id))) {
            throw new LessonException(md, d.line, "duplicate step id " + d.id);
        }
        String kind = d.kind == null ? "Prose" : d.kind;
        steps.add(
                switch (kind) {
                    case "Demo", "Figure" ->
                            new Step.Demo(
                                    d.id,
                                    d.title,
                                    markdown,
                                    kind.equals("Figure"),
                                    List.copyOf(d.code));
                    case "Exercise" -> exercise(d, markdown);
                    case "Quiz" -> quiz(d, markdown);
                    default -> new Step.Prose(d.id, d.title, markdown);
                });
    }

    private Step.Exercise exercise(StepDraft d, String markdown) {
        if (d.checks.isEmpty()) {
            throw new LessonException(
                    md, d.line, "exercise " + d.id + " has no ```java check block");
        }
        if (d.hints.size() < 2) {
            throw new LessonException(md, d.line, "exercise " + d.id + " needs at least two hints");
        }
        String solution = solutions.get(d.id);
        if (solution == null || solution.isBlank()) {
            throw new LessonException(
                    md,
                    d.line,
                    "exercise " + d.id + " has no '// @step " + d.id + "' section in solution.jsh");
        }
        return new Step.Exercise(
                d.id,
                d.title,
                markdown,
                d.starter,
                List.copyOf(d.checks),
                List.copyOf(d.hints),
                d.explanation.toString().strip(),
                solution,
                List.copyOf(d.wrongs),
                List.copyOf(d.alternatives));
    }

    private Step.Quiz quiz(StepDraft d, String markdown) {
        if (d.answer == null) {
            throw new LessonException(md, d.line, "quiz " + d.id + " has no ```answer block");
        }
        Step.Answer answer;
        if (!d.options.isEmpty()) {
            int index;
            try {
                index = Integer.parseInt(d.answer.trim());
            } catch (NumberFormatException e) {
                throw new LessonException(md, d.answerLine, "a choice answer is an option number");
            }
            if (index < 1 || index > d.options.size()) {
                throw new LessonException(
                        md, d.answerLine, "answer " + index + " is not an option");
            }
            answer = new Step.Choice(index);
        } else {
            Matcher m = LessonLoader.NUMERIC.matcher(d.answer);
            if (!m.matches()) {
                throw new LessonException(
                        md, d.answerLine, "a numeric answer looks like '0.25 ± 0.01'");
            }
            try {
                double tol = m.group(2) == null ? 0 : Double.parseDouble(m.group(2));
                answer = new Step.Numeric(Double.parseDouble(m.group(1)), tol);
            } catch (NumberFormatException e) {
                throw new LessonException(md, d.answerLine, "cannot read the number: " + d.answer);
            }
        }
        return new Step.Quiz(
                d.id,
                d.title,
                markdown,
                List.copyOf(d.options),
                answer,
                d.explanation.toString().strip());
    }

    private List<String> items(ListBlock list) {
        List<String> out = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem li) {
                String raw = text(li);
                out.add(
                        raw.replaceFirst("^\\s*(?:[-*+]|\\d+[.)])\\s+", "")
                                .replaceAll("\n\\s+", "\n")
                                .strip());
            }
        }
        return out;
    }

    private int firstLine(Node node) {
        return node.getSourceSpans().get(0).getLineIndex();
    }

    private String text(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        int from = spans.get(0).getLineIndex();
        int to = spans.get(spans.size() - 1).getLineIndex();
        return String.join("\n", lines.subList(from, to + 1));
    }
}

/** A step being collected. */
final class StepDraft {
    final String kind;
    final String id;
    final String title;
    final int line;
    final StringBuilder markdown = new StringBuilder();
    final StringBuilder explanation = new StringBuilder();
    final List<String> code = new ArrayList<>();
    final List<CheckSpec> checks = new ArrayList<>();
    final List<Step.Variant> wrongs = new ArrayList<>();
    final List<Step.Variant> alternatives = new ArrayList<>();
    final List<String> hints = new ArrayList<>();
    final List<String> options = new ArrayList<>();
    String section = "";
    String starter = "";
    String answer;
    int answerLine;

    StepDraft(String kind, String id, String title, int line) {
        this.kind = kind;
        this.id = id;
        this.title = title;
        this.line = line;
    }
}
