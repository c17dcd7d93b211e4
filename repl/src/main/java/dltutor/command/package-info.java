/**
 * Slash commands: a table of small handlers, each a name, its argument hint, its help key and
 * one call on {@link dltutor.command.Actions}. Adding a command is adding a row.
 */
package dltutor.command;
