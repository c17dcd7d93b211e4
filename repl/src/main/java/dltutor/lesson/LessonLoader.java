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
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterVisitor;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads a lesson folder: {@code lesson.md} (front matter and steps), {@code prelude.jsh} and {@code
 * solution.jsh}. The format is described in {@code lessons/README.md}.
 */
public final class LessonLoader {
    static final Pattern STEP_HEADING =
            Pattern.compile(
                    "^##\\s+(?:(Exercise|Quiz|Demo|Figure):\\s*)?(.*?)\\s*\\{#([a-z0-9][a-z0-9-]*)\\}\\s*$");
    private static final Pattern SOLUTION_MARKER =
            Pattern.compile("^//\\s*@step\\s+([a-z0-9-]+)\\s*$");
    static final Pattern NUMERIC =
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
        List<String> problems = new ArrayList<>();
        List<Path> named = folders(root, problems);
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
        return collect(loaded, problems);
    }

    /**
     * Reads the front matter of every {@code NN-slug} folder under {@code root} and leaves the rest
     * of each lesson to be parsed when it is first used: the interactive tutor's start-up. A lesson
     * whose front matter is bad is skipped and reported; one whose body turns out to be bad opens
     * as a single step that gives the parser's message (the tutor never dies of a broken lesson;
     * {@code --check} and {@code --list} report it up front).
     */
    public Catalog index(Path root) {
        List<String> problems = new ArrayList<>();
        List<Object> loaded = new ArrayList<>();
        for (Path d : folders(root, problems)) {
            try {
                Path md = d.resolve("lesson.md");
                Lesson.FrontMatter meta = frontMatter(md, parser.parse(head(md)), d);
                loaded.add(new Lesson(d, meta, () -> bodyOrProblem(d, meta)));
            } catch (LessonException e) {
                loaded.add(e.getMessage() + " (lesson skipped)");
            }
        }
        return collect(loaded, problems);
    }

    private static Catalog collect(List<Object> loaded, List<String> problems) {
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

    /** The lesson folders, in order; a misnamed one is reported in {@code problems}. */
    private static List<Path> folders(Path root, List<String> problems) {
        List<Path> dirs;
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
        return named;
    }

    /** The front matter block of a {@code lesson.md} (its lines up to the closing {@code ---}). */
    private static String head(Path md) {
        return String.join("\n", LessonText.readHead(md));
    }

    /**
     * Loads every {@code NN-slug} folder under {@code root}, in order; the first bad lesson throws.
     */
    public List<Lesson> loadAll(Path root) {
        // A folder without lesson.md (a lesson being started) or misnamed is skipped, not fatal.
        // Lessons are independent, so use every core (commonmark's parser is thread-safe). The
        // list keeps the folders' order.
        return folders(root, new ArrayList<>()).parallelStream().map(this::load).toList();
    }

    /** Loads one lesson folder. */
    public Lesson load(Path dir) {
        Path md = dir.resolve("lesson.md");
        List<String> lines = readLines(md);
        Node doc = parser.parse(String.join("\n", lines));
        Lesson.FrontMatter meta = frontMatter(md, doc, dir);
        Lesson.Body body = body(dir, meta, lines, doc);
        return new Lesson(dir, meta, body.prelude(), body.steps());
    }

    /** The steps and prelude of a lesson whose front matter is read. */
    private Lesson.Body body(Path dir, Lesson.FrontMatter meta, List<String> lines, Node doc) {
        Path md = dir.resolve("lesson.md");
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
        return new Lesson.Body(preludeCode, List.copyOf(steps));
    }

    /** The body, or one prose step saying why it could not be read. */
    private Lesson.Body bodyOrProblem(Path dir, Lesson.FrontMatter meta) {
        try {
            List<String> lines = readLines(dir.resolve("lesson.md"));
            Node doc = parser.parse(String.join("\n", lines));
            return body(dir, meta, lines, doc);
        } catch (RuntimeException e) { // a parser's surprise too: the tutor goes on
            return new Lesson.Body(
                    "",
                    List.of(
                            new Step.Prose(
                                    "intro",
                                    "This lesson could not be loaded",
                                    "This lesson could not be loaded:\n\n    "
                                            + e.getMessage()
                                            + "\n\nFix the file and restart the tutor; "
                                            + "`./scripts/tutor --check "
                                            + meta.id()
                                            + "` shows every problem.")));
        }
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
}
