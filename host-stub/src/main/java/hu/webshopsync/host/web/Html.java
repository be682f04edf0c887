package hu.webshopsync.host.web;

/**
 * A small HTML writer that escapes every text and attribute value it is given, so a product name
 * such as {@code <script>} arrives in the browser as text. Tag and attribute names are code
 * constants, never user input.
 */
final class Html {

    private final StringBuilder out = new StringBuilder(4_096);

    /**
     * Escapes text for HTML element content and double-quoted attribute values.
     *
     * @param text the text, or {@code null} for nothing
     * @return the escaped text
     */
    static String escape(Object text) {
        if (text == null) {
            return "";
        }
        String s = text.toString();
        StringBuilder escaped = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /**
     * Opens an element.
     *
     * @param tag   the tag name
     * @param attrs name, value pairs; a {@code null} value leaves the attribute out, an empty one
     *              writes it without a value (e.g. {@code checked})
     * @return this writer
     */
    Html open(String tag, String... attrs) {
        out.append('<').append(tag);
        if (attrs.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs: " + tag);
        }
        for (int i = 0; i < attrs.length; i += 2) {
            String value = attrs[i + 1];
            if (value == null) {
                continue;
            }
            out.append(' ').append(attrs[i]);
            if (!value.isEmpty()) {
                out.append("=\"").append(escape(value)).append('"');
            }
        }
        out.append('>');
        return this;
    }

    /**
     * Closes an element.
     *
     * @param tag the tag name
     * @return this writer
     */
    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /**
     * Writes escaped text.
     *
     * @param text the text; {@code null} writes nothing
     * @return this writer
     */
    Html text(Object text) {
        out.append(escape(text));
        return this;
    }

    /**
     * Writes an element holding escaped text.
     *
     * @param tag   the tag name
     * @param text  the text
     * @param attrs name, value pairs as for {@link #open}
     * @return this writer
     */
    Html element(String tag, Object text, String... attrs) {
        return open(tag, attrs).text(text).close(tag);
    }

    /**
     * Appends another writer's markup, already escaped.
     *
     * @param other the markup
     * @return this writer
     */
    Html append(Html other) {
        out.append(other.out);
        return this;
    }

    /**
     * Writes markup that is a code constant, such as the doctype.
     *
     * @param markup constant markup, never user input
     * @return this writer
     */
    Html constant(String markup) {
        out.append(markup);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
