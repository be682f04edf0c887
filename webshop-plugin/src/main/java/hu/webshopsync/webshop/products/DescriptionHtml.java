package hu.webshopsync.webshop.products;

import java.util.regex.Pattern;

/**
 * The shop description from the ERP note. The note is plain text and WooCommerce takes HTML, so
 * the text is escaped (a {@code <} in a note must not open a tag) and its layout kept: blank lines
 * separate paragraphs ({@code <p>}), single line breaks become {@code <br>}.
 */
final class DescriptionHtml {

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\n[ \t]*\n\\s*");

    private DescriptionHtml() {
    }

    /**
     * Converts a note.
     *
     * @param note the plain-text note, may be empty
     * @return the HTML, empty for an empty note
     */
    public static String fromNote(String note) {
        if (note == null) {
            return "";
        }
        String text = CONTROL.matcher(note.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("").strip();
        if (text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String paragraph : PARAGRAPH_BREAK.split(text)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            String[] lines = paragraph.strip().split("\n");
            out.append("<p>");
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    out.append("<br>\n");
                }
                out.append(escape(lines[i].stripTrailing()));
            }
            out.append("</p>");
        }
        return out.toString();
    }

    /**
     * Escapes text for HTML element content and attribute values.
     *
     * @param s the text
     * @return the escaped text
     */
    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
