package dltutor.command;

import java.util.List;

/**
 * One slash command: its name, a hint at its arguments, what completes them, and what it does. The
 * handler receives the context {@code C} the table was made for (the tutor's) and the argument
 * text, so that a command goes straight to the code that carries it out.
 *
 * @param <C> what handlers act on
 * @param name the command with its slash, e.g. {@code /hint}
 * @param args a hint at its arguments for the help page, or empty
 * @param completer the values its argument can take, for Tab
 * @param handler what it does
 */
public record Command<C>(String name, String args, Completer<C> completer, Handler<C> handler) {

    /** A command's behaviour. */
    @FunctionalInterface
    public interface Handler<C> {
        /** Runs the command with its argument text (possibly empty). */
        void run(C context, String args);
    }

    /** The values a command's argument can take now (step ids, lesson ids, paper notes). */
    @FunctionalInterface
    public interface Completer<C> {
        /** The candidates; empty when the argument is free text or there is none. */
        List<String> candidates(C context);
    }

    /** A command without arguments, or whose argument is not completed. */
    public static <C> Command<C> of(String name, String args, Handler<C> handler) {
        return new Command<>(name, args, c -> List.of(), handler);
    }

    /** The message key of the one-line summary. */
    public String summaryKey() {
        return "help." + name.substring(1) + ".summary";
    }
}
