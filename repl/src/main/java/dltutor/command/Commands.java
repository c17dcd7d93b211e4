package dltutor.command;

import java.util.List;
import java.util.Map;

/**
 * A command table: the commands in help order, found by name or unambiguous prefix, as jshell finds
 * its own ({@code /hi} means {@code /hint} only if no other command starts so; otherwise the
 * candidates are listed).
 *
 * @param <C> what the handlers act on
 */
public final class Commands<C> {
    private final List<Command<C>> all;
    private final Map<String, String> aliases;

    /**
     * Makes a table.
     *
     * @param all the commands, in help order
     * @param aliases extra names, each mapped to a command's name ({@code /exit} to {@code /quit})
     */
    public Commands(List<Command<C>> all, Map<String, String> aliases) {
        this.all = List.copyOf(all);
        this.aliases = Map.copyOf(aliases);
    }

    /** What a typed command word means. */
    public sealed interface Lookup<C> {}

    /** The word names one command. */
    public record Found<C>(Command<C> command) implements Lookup<C> {}

    /** The word is a prefix of several commands (their names, in help order). */
    public record Ambiguous<C>(List<String> names) implements Lookup<C> {}

    /** No command starts with the word. */
    public record Unknown<C>() implements Lookup<C> {}

    /** Every command, in help order. */
    public List<Command<C>> all() {
        return all;
    }

    /** The command names, for completion. */
    public List<String> names() {
        return all.stream().map(Command::name).toList();
    }

    /** The command a typed word means: an exact name or alias, or an unambiguous prefix. */
    public Lookup<C> find(String word) {
        String w = aliases.getOrDefault(word, word);
        for (Command<C> c : all) {
            if (c.name().equals(w)) {
                return new Found<>(c);
            }
        }
        List<Command<C>> prefixed = all.stream().filter(c -> c.name().startsWith(w)).toList();
        if (prefixed.size() == 1) {
            return new Found<>(prefixed.get(0));
        }
        return prefixed.isEmpty()
                ? new Unknown<>()
                : new Ambiguous<>(prefixed.stream().map(Command::name).toList());
    }

    /**
     * The candidates for the argument of the command {@code word} means; empty if none or unclear.
     */
    public List<String> arguments(C context, String word) {
        return find(word) instanceof Found<C> f
                ? f.command().completer().candidates(context)
                : List.of();
    }
}
