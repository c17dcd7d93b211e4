package dltutor.command;

/** What the commands can ask the tutor to do. */
public interface Actions {
    /** Lists the lessons, or switches to one when {@code arg} names it. */
    void lessons(String arg);

    /** Goes to the next step (or lesson). */
    void next();

    /** Goes back a step. */
    void back();

    /** Lists the current lesson's steps. */
    void steps();

    /** Goes to a step (by id or number) or a lesson (by id). */
    void goTo(String arg);

    /** Shows the current step again. */
    void show();

    /** Shows the next hint of the ladder. */
    void hint();

    /** Grades the current exercise; {@code seed}, when given, replays a failure's random inputs. */
    void check(String seed);

    /** Shows the reference solution (after an attempt). */
    void solution();

    /** Runs the reference solution and moves on. */
    void skip();

    /** Restarts the current lesson from a fresh session. */
    void restart();

    /** Enters or leaves free play. */
    void play();

    /** Shows progress over all lessons. */
    void progress();

    /** Lists the lesson's papers, or shows one. */
    void paper(String arg);

    /** Lists the commands, or explains one. */
    void help(String arg);

    /** Saves and leaves. */
    void quit();

    /** jshell's /vars. */
    void vars();

    /** jshell's /methods (and types). */
    void methods();

    /** jshell's /imports. */
    void imports();

    /** jshell's /list. */
    void list();

    /** jshell's /drop. */
    void drop(String arg);

    /** Removes the snippets that could not be restored from the saved session. */
    void prune();

    /** jshell's /history. */
    void history();

    /** jshell's /edit: edit a snippet (or a new one) in an editor, then run it. */
    void edit(String arg);
}
