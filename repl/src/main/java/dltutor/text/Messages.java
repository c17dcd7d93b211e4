package dltutor.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Every sentence the tutor says lives in {@code dltutor/messages.properties}. */
public final class Messages {
    private static final ResourceBundle BUNDLE =
            ResourceBundle.getBundle("dltutor.messages", Locale.ROOT);

    private Messages() {}

    /** The message for {@code key}, formatted with {@code args} ({@link MessageFormat}). */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
        return args.length == 0
                ? pattern.replace("''", "'")
                : new MessageFormat(pattern, Locale.ROOT).format(args);
    }
}
