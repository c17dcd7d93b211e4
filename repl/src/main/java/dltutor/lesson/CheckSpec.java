package dltutor.lesson;

/**
 * A named check as written in a lesson: Java statements that run in the learner's session and fail
 * through {@code dltutor.check.Expect}.
 *
 * @param name what the check verifies, shown to the learner
 * @param code the check body
 * @param line the line in {@code lesson.md} where the check starts, for authors' errors
 */
public record CheckSpec(String name, String code, int line) {}
