package dltutor.lesson;

import java.util.List;

/**
 * One step of a lesson. Steps are a closed set: prose to read, demo code the tutor runs, an
 * exercise the learner solves, or a quiz the learner answers.
 */
public sealed interface Step permits Step.Prose, Step.Demo, Step.Exercise, Step.Quiz {

    /** Stable id, unique within the lesson; progress is keyed by it. */
    String id();

    /** Title shown in the step list. */
    String title();

    /** Markdown shown when the step opens. */
    String markdown();

    /** Text to read; nothing to run or answer. */
    record Prose(String id, String title, String markdown) implements Step {}

    /**
     * Code the tutor runs for the learner when the step opens (demos and figures).
     *
     * @param figure true when the step's purpose is a picture (a plot or images)
     * @param code the snippets' source, in order
     */
    record Demo(String id, String title, String markdown, boolean figure, List<String> code)
            implements Step {}

    /**
     * A task the learner solves by writing code.
     *
     * @param starter code shown (and pre-filled at the prompt) to start from, or empty
     * @param checks the named outcome checks, all of which must pass
     * @param hints the hint ladder, gentlest first; the first never gives the answer
     * @param explanation shown after success
     * @param solution the reference solution (from {@code solution.jsh})
     * @param wrongs plausible wrong answers, hidden from the learner, that the checks must reject
     *     ({@code java wrong} blocks)
     * @param alternatives correct answers other than the reference, hidden from the learner, that
     *     the checks must accept ({@code java alternative} blocks)
     */
    record Exercise(
            String id,
            String title,
            String markdown,
            String starter,
            List<CheckSpec> checks,
            List<String> hints,
            String explanation,
            String solution,
            List<Variant> wrongs,
            List<Variant> alternatives)
            implements Step {

        /** An exercise with no wrong or alternative answers on record. */
        public Exercise(
                String id,
                String title,
                String markdown,
                String starter,
                List<CheckSpec> checks,
                List<String> hints,
                String explanation,
                String solution) {
            this(
                    id,
                    title,
                    markdown,
                    starter,
                    checks,
                    hints,
                    explanation,
                    solution,
                    List.of(),
                    List.of());
        }
    }

    /**
     * An answer the self-check replays against an exercise's checks: a plausible wrong answer or a
     * different correct one.
     *
     * @param description one line saying what the answer does (for a wrong one: the mistake)
     * @param code the Java the learner would have typed
     * @param line where the block starts in {@code lesson.md}
     */
    record Variant(String description, String code, int line) {}

    /**
     * A question with a choice or numeric answer.
     *
     * @param options the choices (empty for a numeric question)
     * @param answer the key
     * @param explanation shown after a correct answer
     */
    record Quiz(
            String id,
            String title,
            String markdown,
            List<String> options,
            Answer answer,
            String explanation)
            implements Step {}

    /** A quiz key. */
    sealed interface Answer permits Choice, Numeric {
        /** Whether the learner's typed answer is right. */
        boolean accepts(String typed);
    }

    /** The 1-based index of the right option. */
    record Choice(int index) implements Answer {
        @Override
        public boolean accepts(String typed) {
            try {
                return Integer.parseInt(typed.trim()) == index;
            } catch (NumberFormatException e) {
                return false;
            }
        }
    }

    /** A number with a tolerance. */
    record Numeric(double value, double tolerance) implements Answer {
        @Override
        public boolean accepts(String typed) {
            try {
                return Math.abs(Double.parseDouble(typed.trim()) - value) <= tolerance;
            } catch (NumberFormatException e) {
                return false;
            }
        }
    }
}
