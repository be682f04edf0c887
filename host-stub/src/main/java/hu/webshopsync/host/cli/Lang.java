package hu.webshopsync.host.cli;

import java.util.Locale;

/**
 * The languages of the user interface.
 */
enum Lang {
    /** Hungarian, the ERP's default. */
    hu,
    /** English. */
    en;

    /** The language a command line asks for with {@code --lang}, before picocli parses it (for the help). */
    static Lang of(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = args[i].startsWith("--lang=") ? args[i].substring(7)
                    : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            if ("en".equals(value)) {
                return en;
            }
        }
        return hu;
    }

    Locale locale() {
        return Locale.forLanguageTag(name());
    }
}
