package dltutor.command;

import java.util.List;
import java.util.Optional;

/** The command table. */
public final class Commands {
    private static final List<Command> ALL = List.of(
            new Command("/lessons", "[id]", Actions::lessons),
            new Command("/next", "", (a, s) -> a.next()),
            new Command("/back", "", (a, s) -> a.back()),
            new Command("/steps", "", (a, s) -> a.steps()),
            new Command("/goto", "step|lesson", Actions::goTo),
            new Command("/show", "", (a, s) -> a.show()),
            new Command("/hint", "", (a, s) -> a.hint()),
            new Command("/check", "[seed]", Actions::check),
            new Command("/solution", "", (a, s) -> a.solution()),
            new Command("/skip", "", (a, s) -> a.skip()),
            new Command("/restart", "", (a, s) -> a.restart()),
            new Command("/play", "", (a, s) -> a.play()),
            new Command("/progress", "", (a, s) -> a.progress()),
            new Command("/paper", "[name]", Actions::paper),
            new Command("/vars", "", (a, s) -> a.vars()),
            new Command("/methods", "", (a, s) -> a.methods()),
            new Command("/imports", "", (a, s) -> a.imports()),
            new Command("/list", "", (a, s) -> a.list()),
            new Command("/drop", "id|name", Actions::drop),
            new Command("/prune", "", (a, s) -> a.prune()),
            new Command("/history", "", (a, s) -> a.history()),
            new Command("/edit", "[id|name]", Actions::edit),
            new Command("/help", "[command]", Actions::help),
            new Command("/quit", "", (a, s) -> a.quit()));

    private Commands() {}

    /** Every command, in help order. */
    public static List<Command> all() {
        return ALL;
    }

    /** The command names, for completion. */
    public static List<String> names() {
        return ALL.stream().map(Command::name).toList();
    }

    /**
     * The command a typed word means: an exact name, or an unambiguous prefix ({@code /h} is
     * ambiguous, {@code /hi} means {@code /hint}). {@code /exit} is an alias of {@code /quit}.
     */
    public static Optional<Command> find(String word) {
        String w = word.equals("/exit") ? "/quit" : word;
        Optional<Command> exact = ALL.stream().filter(c -> c.name().equals(w)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        List<Command> prefixed = ALL.stream().filter(c -> c.name().startsWith(w)).toList();
        return prefixed.size() == 1 ? Optional.of(prefixed.get(0)) : Optional.empty();
    }
}
