/**
 * The terminal: JLine line reading with multi-line Java input, completion, highlighting, history
 * and Ctrl-C, behind the small {@link dltutor.console.Console} interface; plus a script console for
 * batch runs and tests.
 */
package dltutor.console;
