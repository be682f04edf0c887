package hu.webshopsync.webshop.settings;

import hu.webshopsync.webshop.text.Messages;
import java.util.Locale;
import java.util.Objects;

/**
 * A module setting has a value the plugin cannot work with. Names the setting, never its value when
 * the setting is a secret; {@link #localizedMessage(Messages, Locale)} gives the user's text.
 */
public final class InvalidSettingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String setting;
    private final String messageKey;
    private final transient Object[] args;

    /**
     * @param setting    the setting's key, e.g. {@code url}
     * @param messageKey the text in {@link Messages#BASE_NAME}; its pattern gets the setting's label and
     *                   key as argument 0 and {@code args} from 1 on
     * @param args       further arguments, never a secret
     */
    public InvalidSettingException(String setting, String messageKey, Object... args) {
        super("Invalid module setting '" + setting + "' (" + messageKey + ")");
        this.setting = Objects.requireNonNull(setting, "setting");
        this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
        this.args = args.clone();
    }

    /** @return the setting's key */
    public String setting() {
        return setting;
    }

    /** @return the key of the explanation in the plugin's bundle */
    public String messageKey() {
        return messageKey;
    }

    /**
     * The explanation in the user's language, naming the setting by its label and its key: the label is
     * what the console shows, the key what a command line user types ({@code --set KEY=…}).
     *
     * @param messages the plugin's main bundle
     * @param locale   the user's language
     * @return the text
     */
    public String localizedMessage(Messages messages, Locale locale) {
        Object[] all = new Object[args.length + 1];
        all[0] = messages.get(locale, "setting." + setting + ".label") + " (" + setting + ")";
        System.arraycopy(args, 0, all, 1, args.length);
        return messages.get(locale, messageKey, all);
    }
}
