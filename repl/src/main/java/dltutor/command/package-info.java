/**
 * Slash commands: a {@link dltutor.command.Commands} table of {@link dltutor.command.Command}
 * entries, each a name, an argument hint, an argument completer and a handler that goes straight to
 * the code that does the work. The table is generic in what its handlers act on, so this package
 * knows nothing of the tutor; the tutor's own table is {@code dltutor.tutor.TutorCommands}. Adding
 * a command is adding an entry (and its help line in {@code messages.properties}).
 */
package dltutor.command;
