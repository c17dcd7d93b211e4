package dltutor.lesson;

import java.nio.file.Path;
import java.util.List;

/**
 * A lesson: its front matter, an optional prelude run before the first step, and its steps.
 *
 * @param dir the lesson folder ({@code lessons/NN-slug})
 * @param prelude code run silently when the lesson starts (may be empty)
 */
public record Lesson(Path dir, FrontMatter meta, String prelude, List<Step> steps) {

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
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id().equals(stepId)) {
                return i;
            }
        }
        return -1;
    }

    /** The exercises, in order. */
    public List<Step.Exercise> exercises() {
        return steps.stream()
                .filter(Step.Exercise.class::isInstance)
                .map(Step.Exercise.class::cast)
                .toList();
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
