package zmqbench.report;

/**
 * Escapes text for HTML and inline SVG, in element content and in quoted attribute values alike.
 *
 * <p>Everything outside printable ASCII becomes a numeric character reference, so the page reads
 * the same whatever encoding the caller's writer uses. Control characters and lone surrogates,
 * which HTML does not allow, become U+FFFD.
 */
public final class HtmlText {

    private HtmlText() {
    }

    /** The escaped text; null becomes the empty string. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\n', '\t' -> out.append((char) cp);
                default -> {
                    if (cp >= 0x20 && cp < 0x7f) {
                        out.append((char) cp);
                    } else if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0)
                            || Character.isSurrogate((char) cp)) {
                        out.append("&#xfffd;");
                    } else {
                        out.append("&#x").append(Integer.toHexString(cp)).append(';');
                    }
                }
            }
        }
        return out.toString();
    }
}
