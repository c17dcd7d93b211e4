package dltutor.tutor;

import dltutor.check.Bridge;
import dltutor.check.Verdict;
import dltutor.lesson.CheckSpec;
import dltutor.lesson.Step;
import dltutor.session.Outcome;
import dltutor.session.SessionHost;
import dltutor.text.Messages;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Runs an exercise's checks inside the learner's session and collects the verdicts. Each check runs
 * under a fresh secret token (see {@link Bridge}): only the check the grader wrapped can hand back
 * a verdict, and an outcome that raised an exception is never a pass.
 */
public final class Grader {

    /**
     * The verdicts of one grading.
     *
     * @param incomplete whether some check could not compile against the learner's code (a name it
     *     needs is missing): not a wrong answer, just not finished
     */
    public record Graded(List<Verdict> verdicts, boolean incomplete) {
        public boolean passed() {
            return !verdicts.isEmpty() && verdicts.stream().allMatch(Verdict::passed);
        }

        public Verdict firstFailure() {
            return verdicts.stream().filter(v -> !v.passed()).findFirst().orElse(null);
        }
    }

    private static final SecureRandom TOKENS = new SecureRandom();

    private final SessionHost host;
    private Long seed;

    public Grader(SessionHost host) {
        this.host = host;
    }

    /** Makes the next gradings use {@code seed} for every check's random inputs (a replay). */
    public void replaySeed(long seed) {
        this.seed = seed;
    }

    /** Grades with a new random seed for each check (the default). */
    public void freshSeeds() {
        this.seed = null;
    }

    public Graded grade(Step.Exercise exercise) {
        List<Verdict> verdicts = new ArrayList<>();
        boolean incomplete = false;
        for (CheckSpec spec : exercise.checks()) {
            byte[] secret = new byte[16];
            TOKENS.nextBytes(secret);
            String token = HexFormat.of().formatHex(secret);
            long checkSeed = seed != null ? seed : TOKENS.nextInt(1_000_000);
            String source = wrap(token, checkSeed, spec);
            List<Outcome> outcomes = host.evalQuiet(source);
            host.session().dropSource(source);
            Outcome o = outcomes.isEmpty() ? null : outcomes.get(outcomes.size() - 1);
            Verdict v = Bridge.take(token);
            if (o != null && !o.errors().isEmpty()) {
                incomplete = true;
                String error = o.errors().get(0).message().lines().findFirst().orElse("");
                v =
                        new Verdict.Fail(
                                spec.name(),
                                syntaxError(error)
                                        ? Messages.get(
                                                "tutor.check.lesson-error", error, spec.name())
                                        : Messages.get(
                                                "tutor.check.cannot-compile",
                                                o.errors().get(0).summary()));
            } else if (o != null && o.stopped()) {
                v = new Verdict.Fail(spec.name(), Messages.get("tutor.check.stopped"));
            } else if (o != null && o.exception() != null) {
                v =
                        new Verdict.Fail(
                                spec.name(),
                                Messages.get(
                                        "tutor.check.raised",
                                        o.exception().type(),
                                        String.valueOf(o.exception().message())));
            } else if (v == null) {
                v =
                        new Verdict.Fail(
                                spec.name(),
                                Messages.get(
                                        "tutor.check.no-verdict",
                                        o == null ? "nothing ran" : "no verdict came back"));
            }
            verdicts.add(v);
        }
        return new Graded(verdicts, incomplete);
    }

    /**
     * Whether a compile error is the parser's: then the check's own text is broken, whatever the
     * learner wrote (their code is compiled in earlier snippets, not in the check's).
     */
    public static boolean syntaxError(String message) {
        return message.endsWith(" expected")
                || message.startsWith("illegal start of")
                || message.startsWith("not a statement")
                || message.startsWith("unclosed ")
                || message.startsWith("reached end of file")
                || message.startsWith("illegal character")
                || message.startsWith("malformed ")
                || message.startsWith("orphaned ");
    }

    private static String wrap(String token, long seed, CheckSpec spec) {
        String name = spec.name().replace("\\", "\\\\").replace("\"", "\\\"");
        return "dltutor.check.Bridge.run(\""
                + token
                + "\", \""
                + name
                + "\", "
                + seed
                + "L, () -> {\n"
                + spec.code()
                + "\n});";
    }
}
