package hu.webshopsync.emulator.shoprenter;

/**
 * One scalar property of a resource and how it is written and rendered. Every value is stored and
 * rendered as a string, as the API does.
 *
 * @param name  the JSON property
 * @param kind  how the value is checked and rendered
 * @param dflt  the value of a new row that was not given one
 */
record SrField(String name, Kind kind, String dflt) {

    enum Kind {
        /** Text; empty renders as {@code ""}. */
        TEXT,
        /** Text; empty renders as {@code {}} (the XML-to-JSON empty element of the fixtures). */
        OPT,
        /** An integer. */
        INT,
        /** A decimal rendered with 2, 4 or 8 decimals. */
        DEC2, DEC4, DEC8,
        /** Not modelled: always {@code {}}; a written value is ignored. */
        NONE,
        /** Computed by the shop: a written value is refused as read-only (40002). */
        READ_ONLY
    }

    /** Parses {@code "name:KIND=default"}; KIND is T, O, I, 2, 4, 8, X or R. */
    static SrField parse(String spec) {
        int colon = spec.indexOf(':');
        int eq = spec.indexOf('=');
        String name = spec.substring(0, colon);
        String k = spec.substring(colon + 1, eq < 0 ? spec.length() : eq);
        String dflt = eq < 0 ? "" : spec.substring(eq + 1);
        Kind kind = switch (k) {
            case "T" -> Kind.TEXT;
            case "O" -> Kind.OPT;
            case "I" -> Kind.INT;
            case "2" -> Kind.DEC2;
            case "4" -> Kind.DEC4;
            case "8" -> Kind.DEC8;
            case "X" -> Kind.NONE;
            case "R" -> Kind.READ_ONLY;
            default -> throw new IllegalArgumentException("field kind " + k);
        };
        if (eq < 0 && kind == Kind.INT) {
            dflt = "0";
        }
        return new SrField(name, kind, kind == Kind.NONE ? "" : SrValues.normalize(kind, name, dflt));
    }
}
