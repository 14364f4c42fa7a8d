package io.github.khabar.report;

/**
 * The one escaping function of the report: any text that did not come from this package (article text,
 * names, places, quotes, ids) goes through {@link #escape} before it reaches the page, in element content
 * and in attribute values alike.
 */
final class Html {
    private Html() {}

    /**
     * {@code s} as HTML text: {@code & < > " '} become character references, so the result is inert both
     * as element content and inside a quoted attribute value; bidi embedding, override and isolate
     * controls (U+202A–U+202E, U+2066–U+2069), which would reorder the text around them, are shown as
     * their code point ({@code [U+202E]}); NUL and other C0/C1 controls except tab, newline and carriage
     * return, and unpaired surrogates, become U+FFFD.
     */
    static String escape(String s) {
        if (s == null) return "";
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = replacement(s, i, c);
            if (r == null) {
                if (b != null) b.append(c);
                continue;
            }
            if (b == null) {
                b = new StringBuilder(s.length() + 16);
                b.append(s, 0, i);
            }
            if (Character.isHighSurrogate(c) && r.isEmpty()) {
                b.append(c).append(s.charAt(++i));   // a valid pair, kept as it is
            } else {
                b.append(r);
            }
        }
        return b == null ? s : b.toString();
    }

    /** What replaces the char at {@code i}: null to keep it; "" for the first half of a valid pair. */
    private static String replacement(String s, int i, char c) {
        switch (c) {
            case '&': return "&amp;";
            case '<': return "&lt;";
            case '>': return "&gt;";
            case '"': return "&quot;";
            case '\'': return "&#39;";
            case '\t', '\n', '\r': return null;
            default: break;
        }
        if (isBidiControl(c)) return "[U+" + Integer.toHexString(c).toUpperCase() + "]";
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return "\uFFFD";
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)) ? "" : "\uFFFD";
        }
        if (Character.isLowSurrogate(c)) return "\uFFFD";   // a low surrogate not after a high one
        return null;
    }

    /** An explicit embedding, override or isolate control (not the marks U+200E/U+200F, which are harmless). */
    static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
