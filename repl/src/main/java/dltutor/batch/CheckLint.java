package dltutor.batch;

import dltutor.dl.Toolkit;
import dltutor.lesson.CheckSpec;
import dltutor.lesson.Step;
import dltutor.session.Startup;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The self-check's lint for check blocks: a check names the tutor's own types and the toolkit's
 * helpers fully qualified ({@code dltutor.check.Expect.close(…)}, {@code
 * dltutor.dl.Toolkit.toDoubles(…)}), so that a learner's class or method of the same name cannot
 * break or bend it. A toolkit name that the exercise asks the learner to write (the prelude or a
 * reference solution declares it) is the learner's to call and is exempt. Random test inputs come
 * from the check's seed: {@code dltutor.check.Expect.random()} for Java draws, and the engine
 * seeded from it before any NDArray random draw.
 */
final class CheckLint {
    /** The simple names of the tutor's types that the session imports. */
    static final Set<String> TYPES =
            Startup.script()
                    .lines()
                    .filter(l -> l.startsWith("import dltutor.") && !l.endsWith("*;"))
                    .map(l -> l.substring(l.lastIndexOf('.') + 1, l.length() - 1))
                    .collect(Collectors.toCollection(TreeSet::new));

    /** The toolkit's static helpers, imported into every session. */
    static final Set<String> HELPERS =
            Arrays.stream(Toolkit.class.getMethods())
                    .filter(m -> Modifier.isStatic(m.getModifiers()))
                    .map(Method::getName)
                    .collect(Collectors.toCollection(TreeSet::new));

    private static final Pattern TYPE_USE =
            Pattern.compile("(?<![\\w.])(" + String.join("|", TYPES) + ")\\b");
    private static final Pattern ENGINE_RANDOM =
            Pattern.compile("\\.random(?:Normal|Uniform|Integer|Bernoulli)\\(");
    private static final Pattern JAVA_RANDOM =
            Pattern.compile("new (?:java\\.util\\.)?Random\\(\\)");
    private static final Pattern CALL = Pattern.compile("(?<![\\w.$])([a-zA-Z_]\\w*)\\s*\\(");

    private CheckLint() {}

    /**
     * What is wrong with the exercise's checks, or null.
     *
     * @param declared the code whose method declarations are the learner's (the prelude and the
     *     reference solutions of the lesson's exercises)
     */
    static String problems(Step.Exercise ex, String declared) {
        for (CheckSpec spec : ex.checks()) {
            String code = stripStringsAndComments(spec.code());
            Matcher t = TYPE_USE.matcher(code);
            if (t.find()) {
                return "check '"
                        + spec.name()
                        + "' (lesson.md:"
                        + spec.line()
                        + ") uses "
                        + t.group(1)
                        + " unqualified; write "
                        + qualified(t.group(1));
            }
            if (JAVA_RANDOM.matcher(code).find()) {
                return "check '"
                        + spec.name()
                        + "' (lesson.md:"
                        + spec.line()
                        + ") makes an unseeded new Random();"
                        + " draw from dltutor.check.Expect.random(), whose seed a failure shows";
            }
            if (ENGINE_RANDOM.matcher(code).find() && !code.contains("dltutor.dl.Toolkit.seed(")) {
                return "check '"
                        + spec.name()
                        + "' (lesson.md:"
                        + spec.line()
                        + ") draws NDArray randoms without"
                        + " seeding the engine; start it with dltutor.dl.Toolkit.seed(dltutor.check.Expect.random()"
                        + ".nextInt(1 << 30));";
            }
            Matcher c = CALL.matcher(code);
            while (c.find()) {
                String name = c.group(1);
                if (HELPERS.contains(name) && !declares(declared, name)) {
                    return "check '"
                            + spec.name()
                            + "' (lesson.md:"
                            + spec.line()
                            + ") calls "
                            + name
                            + "(…) unqualified; write dltutor.dl.Toolkit."
                            + name
                            + "(…)";
                }
            }
        }
        return null;
    }

    private static String qualified(String type) {
        return Startup.script()
                .lines()
                .filter(l -> l.endsWith("." + type + ";"))
                .map(l -> l.substring("import ".length(), l.length() - 1))
                .findFirst()
                .orElse(type);
    }

    /** Whether {@code code} declares a method called {@code name}, on a line of its own. */
    static boolean declares(String code, String name) {
        return Pattern.compile(
                        "(?m)^\\s*(?!return\\b|new\\b|throw\\b|else\\b)[\\w.<>\\[\\]?, ]*[\\w>\\]]\\s+"
                                + Pattern.quote(name)
                                + "\\s*\\([^;]*$")
                .matcher(stripStringsAndComments(code))
                .find();
    }

    /** The code with string literals and comments blanked out. */
    static String stripStringsAndComments(String code) {
        return code.replaceAll("(?s)/\\*.*?\\*/", " ")
                .replaceAll("//[^\\n]*", " ")
                .replaceAll("\"(?:\\\\.|[^\"\\\\])*\"", "\"\"")
                .replaceAll("'(?:\\\\.|[^'\\\\])'", "' '");
    }
}
