package hu.webshopsync.emulator;

/**
 * A small approximation of WordPress's {@code wpautop}, which WooCommerce applies to descriptions in
 * the "view" context (GET answers) but not in the "edit" context (answers to writes): plain text
 * becomes {@code <p>text</p>\n}, captures 08 and 11b versus 04 and 10.
 */
final class WpAutop {

    private WpAutop() {
    }

    static String apply(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n').trim();
        StringBuilder out = new StringBuilder();
        for (String para : normalized.split("\n\\s*\n")) {
            String p = para.trim();
            if (p.isEmpty()) {
                continue;
            }
            if (isBlock(p)) {
                out.append(p).append('\n');
            } else {
                out.append("<p>").append(p.replace("\n", "<br />\n")).append("</p>\n");
            }
        }
        return out.toString();
    }

    private static boolean isBlock(String p) {
        String lower = p.toLowerCase(java.util.Locale.ROOT);
        for (String tag : new String[] {"<p", "<div", "<ul", "<ol", "<table", "<h1", "<h2", "<h3", "<h4", "<h5",
                "<h6", "<blockquote", "<pre", "<section", "<figure", "<hr"}) {
            if (lower.startsWith(tag)) {
                return true;
            }
        }
        return false;
    }
}
