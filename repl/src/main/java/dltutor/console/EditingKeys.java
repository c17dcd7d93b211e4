package dltutor.console;

import org.jline.keymap.KeyMap;
import org.jline.reader.Binding;
import org.jline.reader.Buffer;
import org.jline.reader.LineReader;
import org.jline.reader.Reference;

/**
 * Key bindings for editing multi-line snippets, such as pre-filled starter code.
 *
 * <p>Enter in the middle of a multi-line buffer breaks the line (see {@link SnippetParser});
 * Alt-Enter (Esc then Enter) runs the snippet from wherever the cursor is, as if it were at the
 * end; Ctrl-U deletes from the start of the current line to the cursor and never the line break
 * before it (JLine's default deletes the whole line and joins the next one to it).
 */
final class EditingKeys {
    /** The widget behind Alt-Enter. */
    static final String SUBMIT = "dltutor-submit";

    /** The widget behind Ctrl-U. */
    static final String KILL_TO_LINE_START = "dltutor-kill-to-line-start";

    private EditingKeys() {}

    static void install(LineReader reader) {
        reader.getWidgets()
                .put(
                        SUBMIT,
                        () -> {
                            Buffer buf = reader.getBuffer();
                            buf.cursor(buf.length());
                            return reader.getWidgets().get(LineReader.ACCEPT_LINE).apply();
                        });
        reader.getWidgets()
                .put(
                        KILL_TO_LINE_START,
                        () -> {
                            Buffer buf = reader.getBuffer();
                            if (buf.cursor() == 0 || buf.prevChar() == '\n') {
                                return true; // at the start of a line: nothing to delete on this
                                // line
                            }
                            return reader.getWidgets().get(LineReader.BACKWARD_KILL_LINE).apply();
                        });
        for (String name : new String[] {LineReader.EMACS, LineReader.VIINS}) {
            KeyMap<Binding> map = reader.getKeyMaps().get(name);
            if (map == null) {
                continue;
            }
            map.bind(new Reference(SUBMIT), KeyMap.alt('\r'));
            map.bind(new Reference(SUBMIT), KeyMap.alt('\n'));
            map.bind(new Reference(KILL_TO_LINE_START), KeyMap.ctrl('U'));
        }
    }
}
