package io.github.khabar.report;

/**
 * JSON made safe to sit inside a {@code <script type="application/json">} element: {@code <}, {@code >}
 * and {@code &} become {@code \u003c}, {@code \u003e}, {@code \u0026} (so neither {@code </script>} nor
 * {@code <!--} can end or change the element), and U+2028/U+2029 become {@code \u2028}/{@code \u2029}.
 * Outside strings valid JSON holds none of these characters, so the result parses to the same value.
 */
final class JsonScript {
    private JsonScript() {}

    static String embed(String json) {
        StringBuilder b = new StringBuilder(json.length() + 64);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> b.append("\\u003c");
                case '>' -> b.append("\\u003e");
                case '&' -> b.append("\\u0026");
                case '\u2028' -> b.append("\\u2028");
                case '\u2029' -> b.append("\\u2029");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
