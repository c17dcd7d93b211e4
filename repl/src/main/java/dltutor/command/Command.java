package dltutor.command;

/**
 * One slash command.
 *
 * @param name the command with its slash, e.g. {@code /hint}
 * @param args a hint at its arguments for the help page, or empty
 * @param handler what it does
 */
public record Command(String name, String args, Handler handler) {

    /** A command's behaviour. */
    @FunctionalInterface
    public interface Handler {
        /** Runs the command with its argument text (possibly empty). */
        void run(Actions actions, String args);
    }

    /** The message key of the one-line summary. */
    public String summaryKey() {
        return "help." + name.substring(1) + ".summary";
    }
}
