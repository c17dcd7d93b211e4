package dltutor.check;

/** The outcome of one named check. */
public sealed interface Verdict permits Verdict.Pass, Verdict.Fail {

    /** The check's name. */
    String check();

    /** Whether it passed. */
    default boolean passed() {
        return this instanceof Pass;
    }

    /** The check passed; {@code detail} may say by how much (e.g. the max difference). */
    record Pass(String check, String detail) implements Verdict {}

    /** The check failed; {@code message} says what was expected and what was seen. */
    record Fail(String check, String message) implements Verdict {}
}
