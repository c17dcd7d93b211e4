package dltutor.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.front.matter.YamlFrontMatterBlock;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads a lesson folder: {@code lesson.md} (front matter and steps), {@code prelude.jsh} and {@code
 * solution.jsh}. The format is described in {@code lessons/README.md}.
 */
public final class LessonLoader {
    private static final Pattern STEP_HEADING =
            Pattern.compile(
                    "^##\\s+(?:(Exercise|Quiz|Demo|Figure):\\s*)?(.*?)\\s*\\{#([a-z0-9][a-z0-9-]*)\\}\\s*$");
    private static final Pattern SOLUTION_MARKER =
            Pattern.compile("^//\\s*@step\\s+([a-z0-9-]+)\\s*$");
    private static final Pattern NUMERIC =
            Pattern.compile("^\\s*(-?[0-9.eE+-]+)\\s*(?:(?:±|\\+-|\\+/-)\\s*([0-9.eE+-]+))?\\s*$");

    private static final String FOLDER = "\\d\\d-[a-z0-9-]+";

    private final Parser parser =
            Parser.builder()
                    .extensions(List.of(YamlFrontMatterExtension.create()))
                    .includeSourceSpans(IncludeSourceSpans.BLOCKS)
                    .build();

    /**
     * The lessons that loaded, and a message (file:line: what) for each one that did not and for
     * each folder that looks like a lesson but is not named {@code NN-slug}.
     */
    public record Catalog(List<Lesson> lessons, List<String> problems) {}

    /**
     * Loads every {@code NN-slug} folder under {@code root}, skipping (and reporting) the ones that
     * fail, so that one bad lesson leaves the others usable.
     */
    public Catalog catalog(Path root) {
        List<Path> dirs;
        List<String> problems = new ArrayList<>();
        try (var listing = Files.list(root)) {
            dirs =
                    listing.filter(
                                    d ->
                                            Files.isDirectory(d)
                                                    && Files.exists(d.resolve("lesson.md")))
                            .sorted()
                            .toList();
        } catch (IOException e) {
            throw new LessonException(root, 0, "cannot list lessons: " + e.getMessage());
        }
        List<Path> named = new ArrayList<>();
        for (Path d : dirs) {
            if (d.getFileName().toString().matches(FOLDER)) {
                named.add(d);
            } else {
                problems.add(
                        d
                                + ": skipped: a lesson folder is named NN-slug (two digits, a dash, lower-case "
                                + "words joined by dashes), e.g. 03-depth-backprop");
            }
        }
        List<Object> loaded =
                named.parallelStream()
                        .map(
                                d -> {
                                    try {
                                        return (Object) load(d);
                                    } catch (LessonException e) {
                                        return e.getMessage() + " (lesson skipped)";
                                    }
                                })
                        .toList();
        List<Lesson> lessons = new ArrayList<>();
        for (Object o : loaded) {
            if (o instanceof Lesson l) {
                lessons.add(l);
            } else {
                problems.add((String) o);
            }
        }
        return new Catalog(List.copyOf(lessons), List.copyOf(problems));
    }

    /**
     * Loads every {@code NN-slug} folder under {@code root}, in order; the first bad lesson throws.
     */
    public List<Lesson> loadAll(Path root) {
        List<Path> dirs;
        try (var listing = Files.list(root)) {
            // A folder without lesson.md (a lesson being started) is skipped, not fatal.
            dirs =
                    listing.filter(
                                    d ->
                                            Files.isDirectory(d)
                                                    && Files.exists(d.resolve("lesson.md"))
                                                    && d.getFileName().toString().matches(FOLDER))
                            .sorted()
                            .toList();
        } catch (IOException e) {
            throw new LessonException(root, 0, "cannot list lessons: " + e.getMessage());
        }
        // Parsing is most of the tutor's start-up; lessons are independent, so use every core
        // (commonmark's parser is thread-safe). The list keeps the folders' order.
        return dirs.parallelStream().map(this::load).toList();
    }

    /** Loads one lesson folder. */
    public Lesson load(Path dir) {
        Path md = dir.resolve("lesson.md");
        List<String> lines = readLines(md);
        Node doc = parser.parse(String.join("\n", lines));
        Lesson.FrontMatter meta = frontMatter(md, doc, dir);
        Map<String, String> solutions = solutions(dir.resolve("solution.jsh"));
        List<Step> steps = new StepReader(md, lines, meta.title(), solutions).read(doc);
        for (String id : solutions.keySet()) {
            boolean known =
                    steps.stream().anyMatch(s -> s.id().equals(id) && s instanceof Step.Exercise);
            if (!known) {
                throw new LessonException(
                        dir.resolve("solution.jsh"), 0, "no exercise with id " + id);
            }
        }
        Path prelude = dir.resolve("prelude.jsh");
        String preludeCode = Files.exists(prelude) ? String.join("\n", readLines(prelude)) : "";
        return new Lesson(dir, meta, preludeCode, List.copyOf(steps));
    }

    private static Lesson.FrontMatter frontMatter(Path md, Node doc, Path dir) {
        YamlFrontMatterVisitor visitor = new YamlFrontMatterVisitor();
        doc.accept(visitor);
        Map<String, List<String>> data = visitor.getData();
        String id = single(md, data, "id");
        if (!id.equals(dir.getFileName().toString())) {
            throw new LessonException(md, 1, "id '" + id + "' does not match the folder name");
        }
        int minutes;
        try {
            minutes = Integer.parseInt(single(md, data, "minutes"));
        } catch (NumberFormatException e) {
            throw new LessonException(md, 1, "minutes must be a whole number");
        }
        return new Lesson.FrontMatter(
                id,
                single(md, data, "title"),
                single(md, data, "constraint"),
                list(data, "papers"),
                list(data, "datasets"),
                list(data, "prerequisites"),
                minutes);
    }

    private static String single(Path md, Map<String, List<String>> data, String key) {
        List<String> values = data.get(key);
        if (values == null || values.size() != 1 || values.get(0).isBlank()) {
            throw new LessonException(md, 1, "front matter needs one value for '" + key + "'");
        }
        return values.get(0).trim();
    }

    private static List<String> list(Map<String, List<String>> data, String key) {
        List<String> values = data.getOrDefault(key, List.of());
        List<String> out = new ArrayList<>();
        for (String v : values) {
            // Accept both YAML block lists and flow lists like [a, b].
            for (String part : v.replace("[", "").replace("]", "").split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        return List.copyOf(out);
    }

    static Map<String, String> solutions(Path file) {
        Map<String, String> out = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        String current = null;
        StringBuilder body = new StringBuilder();
        for (String line : readLines(file)) {
            Matcher m = SOLUTION_MARKER.matcher(line);
            if (m.matches()) {
                if (current != null) {
                    out.put(current, body.toString().strip());
                }
                current = m.group(1);
                body.setLength(0);
            } else if (current != null) {
                body.append(line).append('\n');
            }
        }
        if (current != null) {
            out.put(current, body.toString().strip());
        }
        return out;
    }

    private static List<String> readLines(Path file) {
        return LessonText.readLines(file);
    }

    /** Walks the top-level blocks of one lesson.md and cuts them into steps. */
    private static final class StepReader {
        private final Path md;
        private final List<String> lines;
        private final Map<String, String> solutions;
        private final List<Step> steps = new ArrayList<>();
        private StepDraft draft;

        StepReader(Path md, List<String> lines, String title, Map<String, String> solutions) {
            this.md = md;
            this.lines = lines;
            this.solutions = solutions;
            this.draft = new StepDraft(null, "intro", title, 1);
        }

        List<Step> read(Node doc) {
            for (Node node = doc.getFirstChild(); node != null; node = node.getNext()) {
                if (!(node instanceof Block block)
                        || block instanceof YamlFrontMatterBlock
                        || block.getSourceSpans().isEmpty()) {
                    continue; // front matter has no source spans we need
                }
                int line = firstLine(block);
                if (block instanceof Heading h && h.getLevel() == 2) {
                    finish();
                    Matcher m = STEP_HEADING.matcher(lines.get(line));
                    if (!m.matches()) {
                        throw new LessonException(
                                md,
                                line + 1,
                                "a step heading needs an id: '## Kind: Title {#step-id}'");
                    }
                    draft = new StepDraft(m.group(1), m.group(3), m.group(2), line + 1);
                } else if (block instanceof Heading h
                        && h.getLevel() == 3
                        && (text(block).equals("### Hints")
                                || text(block).equals("### Explanation"))) {
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
                if (info[0].equals("java")
                        && (role.equals("wrong") || role.equals("alternative"))) {
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
                throw new LessonException(
                        md, d.line, "exercise " + d.id + " needs at least two hints");
            }
            String solution = solutions.get(d.id);
            if (solution == null || solution.isBlank()) {
                throw new LessonException(
                        md,
                        d.line,
                        "exercise "
                                + d.id
                                + " has no '// @step "
                                + d.id
                                + "' section in solution.jsh");
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
                    throw new LessonException(
                            md, d.answerLine, "a choice answer is an option number");
                }
                if (index < 1 || index > d.options.size()) {
                    throw new LessonException(
                            md, d.answerLine, "answer " + index + " is not an option");
                }
                answer = new Step.Choice(index);
            } else {
                Matcher m = NUMERIC.matcher(d.answer);
                if (!m.matches()) {
                    throw new LessonException(
                            md, d.answerLine, "a numeric answer looks like '0.25 ± 0.01'");
                }
                try {
                    double tol = m.group(2) == null ? 0 : Double.parseDouble(m.group(2));
                    answer = new Step.Numeric(Double.parseDouble(m.group(1)), tol);
                } catch (NumberFormatException e) {
                    throw new LessonException(
                            md, d.answerLine, "cannot read the number: " + d.answer);
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
    private static final class StepDraft {
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
}
