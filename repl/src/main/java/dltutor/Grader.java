package dltutor;

import dltutor.check.Bridge;
import dltutor.check.Verdict;
import dltutor.lesson.CheckSpec;
import dltutor.lesson.Step;
import dltutor.session.Outcome;
import java.util.ArrayList;
import java.util.List;

/** Runs an exercise's checks inside the learner's session and collects the verdicts. */
final class Grader {

    /**
     * The verdicts of one grading.
     *
     * @param incomplete whether some check could not compile against the learner's code (a
     *     name it needs is missing): not a wrong answer, just not finished
     */
    record Graded(List<Verdict> verdicts, boolean incomplete) {
        boolean passed() {
            return !verdicts.isEmpty() && verdicts.stream().allMatch(Verdict::passed);
        }

        Verdict firstFailure() {
            return verdicts.stream().filter(v -> !v.passed()).findFirst().orElse(null);
        }
    }

    private final SessionHost host;

    Grader(SessionHost host) {
        this.host = host;
    }

    Graded grade(Step.Exercise exercise) {
        List<Verdict> verdicts = new ArrayList<>();
        boolean incomplete = false;
        for (CheckSpec spec : exercise.checks()) {
            String source = wrap(spec);
            Bridge.take();
            List<Outcome> outcomes = host.evalQuiet(source);
            host.session().dropSource(source);
            Outcome o = outcomes.isEmpty() ? null : outcomes.get(outcomes.size() - 1);
            Verdict v = Bridge.take();
            if (o != null && !o.errors().isEmpty()) {
                incomplete = true;
                String error = o.errors().get(0).message().lines().findFirst().orElse("");
                v = new Verdict.Fail(spec.name(), Messages.get(syntaxError(error) ? "tutor.check.lesson-error"
                        : "tutor.check.cannot-compile", error, spec.name()));
            } else if (o != null && o.stopped()) {
                v = new Verdict.Fail(spec.name(), Messages.get("tutor.check.stopped"));
            } else if (v == null) {
                v = new Verdict.Fail(spec.name(), Messages.get("tutor.check.no-verdict",
                        o == null ? "nothing ran" : String.valueOf(o.exception())));
            }
            verdicts.add(v);
        }
        return new Graded(verdicts, incomplete);
    }

    /**
     * Whether a compile error is the parser's: then the check's own text is broken, whatever the
     * learner wrote (their code is compiled in earlier snippets, not in the check's).
     */
    static boolean syntaxError(String message) {
        return message.endsWith(" expected") || message.startsWith("illegal start of")
                || message.startsWith("not a statement") || message.startsWith("unclosed ")
                || message.startsWith("reached end of file") || message.startsWith("illegal character")
                || message.startsWith("malformed ") || message.startsWith("orphaned ");
    }

    private static String wrap(CheckSpec spec) {
        String name = spec.name().replace("\\", "\\\\").replace("\"", "\\\"");
        return "dltutor.check.Bridge.run(\"" + name + "\", () -> {\n" + spec.code() + "\n});";
    }
}
