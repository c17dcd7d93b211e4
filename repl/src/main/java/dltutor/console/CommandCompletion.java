package dltutor.console;

import java.util.List;

/** What Tab offers at a slash command: the command names, then the values of its argument. */
public interface CommandCompletion {
    /** The command names, with their slash. */
    List<String> names();

    /**
     * The values the argument of a command can take now.
     *
     * @param command the command word as typed (a name or a prefix of one)
     * @return the candidates; empty when there are none
     */
    List<String> arguments(String command);

    /** Completes the names only. */
    static CommandCompletion of(List<String> names) {
        return new CommandCompletion() {
            @Override
            public List<String> names() {
                return names;
            }

            @Override
            public List<String> arguments(String command) {
                return List.of();
            }
        };
    }
}
