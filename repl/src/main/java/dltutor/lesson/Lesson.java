package dltutor.lesson;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A lesson: its front matter, an optional prelude run before the first step, and its steps.
 *
 * <p>The tutor's first screen needs every lesson's front matter (ids and titles) but the steps of
 * one lesson only, and parsing all of them was most of the start-up; so a lesson from {@link
 * LessonLoader#index} reads its body (steps and prelude) the first time it is asked for, once.
 */
public final class Lesson {

    /**
     * What parsing {@code lesson.md}, {@code prelude.jsh} and {@code solution.jsh} gives.
     *
     * @param prelude code run silently when the lesson starts (may be empty)
     * @param steps the steps, in order
     */
    public record Body(String prelude, List<Step> steps) {}

    private final Path dir;
    private final FrontMatter meta;
    private final Supplier<Body> loader;
    private volatile Body body;

    /** A lesson whose body is already parsed. */
    public Lesson(Path dir, FrontMatter meta, String prelude, List<Step> steps) {
        this(dir, meta, () -> null);
        this.body = new Body(prelude, List.copyOf(steps));
    }

    /**
     * A lesson whose body is parsed on first use.
     *
     * @param loader parses the body; must not throw (a lesson that cannot be parsed gets a body
     *     that says so)
     */
    public Lesson(Path dir, FrontMatter meta, Supplier<Body> loader) {
        this.dir = Objects.requireNonNull(dir);
        this.meta = Objects.requireNonNull(meta);
        this.loader = loader;
    }

    /** The lesson folder ({@code lessons/NN-slug}). */
    public Path dir() {
        return dir;
    }

    /** The front matter. */
    public FrontMatter meta() {
        return meta;
    }

    /** The prelude: code run silently when the lesson starts (may be empty). */
    public String prelude() {
        return body().prelude();
    }

    /** The steps, in order. */
    public List<Step> steps() {
        return body().steps();
    }

    /** The parsed body (parsing it now if this is the first use). */
    public Body body() {
        Body b = body;
        if (b == null) {
            synchronized (this) {
                b = body;
                if (b == null) {
                    b = Objects.requireNonNull(loader.get(), "lesson body");
                    body = b;
                }
            }
        }
        return b;
    }

    /** Whether the body has been parsed. */
    public boolean parsed() {
        return body != null;
    }

    /** The stable id, e.g. {@code 03-depth-backprop}. */
    public String id() {
        return meta.id();
    }

    /** The title. */
    public String title() {
        return meta.title();
    }

    /** The position of the step with this id, or -1. */
    public int indexOf(String stepId) {
        List<Step> steps = steps();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id().equals(stepId)) {
                return i;
            }
        }
        return -1;
    }

    /** The exercises, in order. */
    public List<Step.Exercise> exercises() {
        return steps().stream()
                .filter(Step.Exercise.class::isInstance)
                .map(Step.Exercise.class::cast)
                .toList();
    }

    @Override
    public String toString() {
        return "Lesson[" + id() + "]";
    }

    /**
     * The front matter of a lesson.
     *
     * @param constraint which of the seven constraints the lesson belongs to (or "welcome")
     * @param minutes the expected time to complete, for the lesson table
     */
    public record FrontMatter(
            String id,
            String title,
            String constraint,
            List<String> papers,
            List<String> datasets,
            List<String> prerequisites,
            int minutes) {}
}
