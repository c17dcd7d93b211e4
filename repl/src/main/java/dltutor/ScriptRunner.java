package dltutor;

import dltutor.render.Ansi;
import dltutor.session.Outcome;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code --run FILE.jsh}: evaluates a script in a tutor session; non-zero exit at the first error. */
final class ScriptRunner {
    private ScriptRunner() {}

    static int run(Path script, PrintStream out) {
        String code;
        try {
            code = Files.readString(script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            out.println("Cannot read " + script + ": " + e.getMessage());
            return 2;
        }
        Feedback feedback = new Feedback(out, Ansi.of(false), 100);
        try (SessionHost host = new SessionHost()) {
            host.start(null, List.of());
            String problem = host.awaitReady();
            if (problem != null) {
                out.println(problem);
                return 1;
            }
            // As in jshell scripts, each line ends a snippet as soon as the Java is complete.
            StringBuilder buffer = new StringBuilder();
            for (String line : code.split("\n", -1)) {
                buffer.append(line).append('\n');
                if (buffer.toString().isBlank() || !host.isComplete(buffer.toString())) {
                    continue;
                }
                List<Outcome> outcomes = host.eval(buffer.toString());
                buffer.setLength(0);
                outcomes.forEach(feedback::outcome);
                if (!outcomes.stream().allMatch(Outcome::ok)) {
                    out.flush();
                    return 1;
                }
            }
            out.flush();
            return buffer.toString().isBlank() ? 0 : 1;
        }
    }
}
