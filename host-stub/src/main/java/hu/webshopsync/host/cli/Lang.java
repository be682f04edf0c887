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

    Locale locale() {
        return Locale.forLanguageTag(name());
    }
}
