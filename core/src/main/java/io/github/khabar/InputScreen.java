package io.github.khabar;

import io.github.khabar.model.Actor;
import io.github.khabar.model.Diagnostic;
import io.github.khabar.model.Extraction;
import io.github.khabar.model.Meeting;
import io.github.khabar.model.Span;
import io.github.khabar.model.Statement;
import io.github.khabar.model.TimeExpression;
import io.github.khabar.model.Visit;
import io.github.khabar.pipeline.PipelineWork;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Looks at a document's text before the pipeline does: refuses binary data, blanks out HTML markup (or
 * refuses it, per {@link HtmlPolicy}), and neutralises control characters and unpaired surrogates. The
 * text the pipeline reads always has the length of the original, so every offset it reports is an offset
 * into the original; {@link #restore} then cuts every evidence text from the original again.
 *
 * <p>Every pass is a single left-to-right scan: each character is looked at a bounded number of times
 * (a tag scan stops at the next {@code <}, comment and script ends are searched once from where the
 * last search stopped). Stateless and thread-safe.
 */
final class InputScreen {
    /** A text is binary when at least this many of its characters are not text ... */
    static final int BINARY_MIN_COUNT = 16;
    /** ... and they are more than this share of it. */
    static final double BINARY_MIN_SHARE = 0.10;
    /** A tag longer than this is not read as a tag (a stray {@code <} in prose). */
    static final int MAX_TAG_CHARS = 2_000;

    private static final Set<String> TAGS = Set.of("html", "head", "body", "title", "meta", "link", "script",
            "style", "noscript", "div", "span", "p", "a", "br", "hr", "img", "b", "i", "u", "em", "strong", "small",
            "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tr", "td", "th", "h1", "h2", "h3", "h4",
            "h5", "h6", "article", "section", "header", "footer", "nav", "aside", "main", "figure", "figcaption",
            "blockquote", "pre", "code", "form", "input", "button", "iframe", "svg", "time", "font", "center",
            "label", "select", "option", "textarea", "picture", "source", "video", "audio", "sup", "sub");
    private static final Set<String> BLOCK = Set.of("html", "head", "body", "title", "div", "p", "br", "hr", "ul",
            "ol", "li", "dl", "dt", "dd", "table", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section",
            "header", "footer", "nav", "aside", "main", "figure", "figcaption", "blockquote", "pre", "form");
    private static final Set<String> STRONG = Set.of("html", "head", "body", "!doctype");
    private static final Map<String, Character> ENTITIES = Map.ofEntries(Map.entry("amp", '&'),
            Map.entry("lt", '<'), Map.entry("gt", '>'), Map.entry("quot", '"'), Map.entry("apos", '\''),
            Map.entry("nbsp", '\u00A0'), Map.entry("laquo", '«'), Map.entry("raquo", '»'),
            Map.entry("hellip", '…'), Map.entry("ndash", '–'), Map.entry("mdash", '—'),
            Map.entry("lsquo", '‘'), Map.entry("rsquo", '’'), Map.entry("ldquo", '“'), Map.entry("rdquo", '”'),
            Map.entry("zwnj", '\u200C'), Map.entry("zwj", '\u200D'), Map.entry("rlm", '\u200F'),
            Map.entry("lrm", '\u200E'), Map.entry("shy", '\u00AD'));

    /** The text the pipeline reads (same length as the original) and what the screen noticed. */
    record Screened(String text, List<Diagnostic> diagnostics) {}

    private InputScreen() {}

    static Screened screen(String id, String text, HtmlPolicy policy) throws UnsupportedInputException {
        return screen(id, text, policy, PipelineWork.NONE);
    }

    /** As {@link #screen(String, String, HtmlPolicy)}, adding the characters scanned to {@code work}. */
    static Screened screen(String id, String text, HtmlPolicy policy, PipelineWork steps)
            throws UnsupportedInputException {
        int n = text.length();
        steps.add(n);
        List<Diagnostic> diagnostics = new ArrayList<>(2);
        int controls = 0;
        int firstControl = -1;
        int lone = 0;
        int firstLone = -1;
        int nonText = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                if (lone++ == 0) firstLone = i;
            } else if (isControl(c)) {
                if (controls++ == 0) firstControl = i;
            } else if (c == '\uFFFD' || c == '\uFFFE' || c == '\uFFFF') {
                nonText++;
            }
        }
        int bad = controls + lone + nonText;
        if (bad >= BINARY_MIN_COUNT && bad > n * BINARY_MIN_SHARE) {
            int first = firstControl < 0 ? firstLone : firstLone < 0 ? firstControl : Math.min(firstControl, firstLone);
            throw new UnsupportedInputException(UnsupportedInputException.Reason.BINARY, "document " + id
                    + " looks like binary data, not text: " + bad + " of its " + n
                    + " chars are control characters, unpaired surrogates or U+FFFD"
                    + (first >= 0 ? " (first at offset " + first + ")" : ""));
        }
        char[] work = null;
        if (controls > 0 || lone > 0) {
            work = text.toCharArray();
            steps.add(n);
            for (int i = 0; i < n; i++) {
                char c = work[i];
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(work[i + 1])) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    work[i] = '\uFFFD';
                } else if (isControl(c)) {
                    work[i] = ' ';
                }
            }
            if (controls > 0) {
                diagnostics.add(Diagnostic.at("CONTROL_CHARACTERS", firstControl, firstControl + 1, controls
                        + " control character(s) read as spaces, the first at offset " + firstControl));
            }
            if (lone > 0) {
                diagnostics.add(Diagnostic.at("UNPAIRED_SURROGATE", firstLone, firstLone + 1, lone
                        + " unpaired surrogate(s) read as U+FFFD, the first at offset " + firstLone));
            }
        }
        Html html = Html.detect(text, steps);
        if (html.isHtml()) {
            if (policy == HtmlPolicy.REJECT) {
                throw new UnsupportedInputException(UnsupportedInputException.Reason.HTML, "document " + id
                        + " is HTML, not plain text (" + html.tags + " tags, the first <" + html.firstName
                        + "> at offset " + html.firstStart + "); pass the article text, or build Khabar with "
                        + "htmlPolicy(HtmlPolicy.STRIP) to read it with the markup blanked out");
            }
            if (work == null) work = text.toCharArray();
            int[] counts = strip(text, work, steps);
            diagnostics.add(Diagnostic.at("HTML_STRIPPED", html.firstStart, html.firstEnd, "text read as HTML: "
                    + counts[0] + " tags/comments and " + counts[1] + " character references blanked out with "
                    + "spaces of the same length; offsets point into the original markup"));
        }
        return new Screened(work == null ? text : new String(work), diagnostics);
    }

    /** C0 controls other than tab, line feed, vertical tab, form feed and carriage return; DEL; C1 but NEL. */
    static boolean isControl(char c) {
        if (c < 0x20) return c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r';
        return c == 0x7F || (c >= 0x80 && c <= 0x9F && c != 0x85);
    }

    /** Tags found in a text: HTML when two known tags, or one document-level tag, are present. */
    private static final class Html {
        int tags;
        int known;
        boolean strong;
        int firstStart = -1;
        int firstEnd = -1;
        String firstName;

        boolean isHtml() {
            return strong || known >= 2;
        }

        static Html detect(String text, PipelineWork steps) {
            Html h = new Html();
            int n = text.length();
            int i = text.indexOf('<');
            steps.add(i < 0 ? n : i);
            while (i >= 0 && i < n) {
                int end = tagEnd(text, i, steps);
                if (end < 0) {
                    int next = text.indexOf('<', i + 1);
                    steps.add((next < 0 ? n : next) - i);
                    i = next;
                    continue;
                }
                String name = tagName(text, i, end);
                h.tags++;
                if (TAGS.contains(name) || name.equals("!doctype") || name.equals("!--")) {
                    if (h.known++ == 0) {
                        h.firstStart = i;
                        h.firstEnd = end;
                        h.firstName = name;
                    }
                    h.strong |= STRONG.contains(name);
                }
                if (h.isHtml() && h.known >= 2) {
                    break; // enough to decide; strip() counts the rest
                }
                int next = text.indexOf('<', end);
                steps.add((next < 0 ? n : next) - i);
                i = next;
            }
            return h;
        }
    }

    /**
     * The end (exclusive) of the tag, comment or declaration at {@code i} (where {@code text[i] == '<'}), or
     * -1 when no tag starts there. A tag ends at the first {@code >}; meeting another {@code <}, a text end or
     * {@link #MAX_TAG_CHARS} first means it was not a tag.
     */
    static int tagEnd(String text, int i) {
        return tagEnd(text, i, PipelineWork.NONE);
    }

    private static int tagEnd(String text, int i, PipelineWork steps) {
        int n = text.length();
        if (i + 1 >= n) return -1;
        if (text.startsWith("<!--", i)) {
            int e = text.indexOf("-->", i + 4);
            steps.add((e < 0 ? n : e) - i);
            return e < 0 ? n : e + 3;
        }
        char c = text.charAt(i + 1);
        boolean opens = isAsciiLetter(c) || c == '!' || c == '?'
                || (c == '/' && i + 2 < n && isAsciiLetter(text.charAt(i + 2)));
        if (!opens) return -1;
        int limit = Math.min(n, i + MAX_TAG_CHARS);
        for (int j = i + 1; j < limit; j++) {
            steps.add(1);
            char d = text.charAt(j);
            if (d == '>') return j + 1;
            if (d == '<') return -1;
        }
        return -1;
    }

    /** Lower-case name of the tag in {@code [start, end)}: {@code p}, {@code /p} → {@code p}, {@code !doctype}, {@code !--}. */
    static String tagName(String text, int start, int end) {
        if (text.startsWith("<!--", start)) return "!--";
        int k = start + 1;
        if (k < end && (text.charAt(k) == '/' || text.charAt(k) == '!' || text.charAt(k) == '?')) k++;
        int s = k;
        while (k < end && (isAsciiLetter(text.charAt(k)) || (k > s && Character.isDigit(text.charAt(k))))) k++;
        String name = text.substring(s, k).toLowerCase(Locale.ROOT);
        return text.charAt(start + 1) == '!' ? "!" + name : name;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Blanks out markup in {@code work} (a copy of {@code text}); returns {tags, character references}. */
    static int[] strip(String text, char[] work, PipelineWork steps) {
        int n = text.length();
        int tags = 0;
        int refs = 0;
        int i = 0;
        while (i < n) {
            steps.add(1);
            char c = text.charAt(i);
            if (c == '<') {
                int end = tagEnd(text, i, steps);
                if (end < 0) {
                    i++;
                    continue;
                }
                String name = tagName(text, i, end);
                boolean closing = text.charAt(i + 1) == '/';
                blank(text, work, i, end, BLOCK.contains(name));
                steps.add(end - i);
                tags++;
                if (!closing && (name.equals("script") || name.equals("style")) && text.charAt(end - 2) != '/') {
                    int close = findClose(text, end, name);
                    blank(text, work, end, close, false);
                    steps.add(close - end);
                    end = close;
                }
                i = end;
            } else if (c == '&') {
                int end = referenceEnd(text, i);
                if (end < 0) {
                    i++;
                    continue;
                }
                char decoded = decode(text, i, end);
                blank(text, work, i, end, false);
                steps.add(end - i);
                work[i] = decoded;
                refs++;
                i = end;
            } else {
                i++;
            }
        }
        return new int[] {tags, refs};
    }

    /** Where the {@code </name} that closes a script or style starts, or the text's end. */
    private static int findClose(String text, int from, String name) {
        int i = text.indexOf("</", from);
        while (i >= 0) {
            if (text.regionMatches(true, i + 2, name, 0, name.length())) return i;
            i = text.indexOf("</", i + 2);
        }
        return text.length();
    }

    private static void blank(String text, char[] work, int from, int to, boolean block) {
        for (int k = from; k < to; k++) {
            work[k] = text.charAt(k) == '\n' ? '\n' : ' ';
        }
        if (block && from < to) work[from] = '\n';
    }

    /** The end of a character reference ({@code &amp;}, {@code &#1605;}, {@code &#x645;}) at {@code i}, or -1. */
    static int referenceEnd(String text, int i) {
        int n = text.length();
        int limit = Math.min(n, i + 12);
        int k = i + 1;
        if (k < limit && text.charAt(k) == '#') {
            k++;
            boolean hex = k < limit && (text.charAt(k) == 'x' || text.charAt(k) == 'X');
            if (hex) k++;
            int s = k;
            while (k < limit && Character.digit(text.charAt(k), hex ? 16 : 10) >= 0 && text.charAt(k) < 0x80) k++;
            return k > s && k < limit && text.charAt(k) == ';' ? k + 1 : -1;
        }
        int s = k;
        while (k < limit && isAsciiLetter(text.charAt(k))) k++;
        if (k - s < 2 || k >= limit || text.charAt(k) != ';') return -1;
        return ENTITIES.containsKey(text.substring(s, k).toLowerCase(Locale.ROOT)) ? k + 1 : -1;
    }

    private static char decode(String text, int start, int end) {
        String body = text.substring(start + 1, end - 1);
        if (!body.startsWith("#")) {
            return ENTITIES.get(body.toLowerCase(Locale.ROOT));
        }
        boolean hex = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X');
        long cp;
        try {
            cp = Long.parseLong(body.substring(hex ? 2 : 1), hex ? 16 : 10);
        } catch (NumberFormatException e) {
            return ' ';
        }
        if (cp <= 0 || cp > 0xFFFF) return ' ';
        char ch = (char) cp;
        return Character.isSurrogate(ch) || isControl(ch) || ch < 0x20 ? ' ' : ch;
    }

    /**
     * The extraction with every evidence text cut from the original again (the pipeline read the screened
     * text, of the same length) and the screen's diagnostics added.
     */
    static Extraction restore(Extraction x, String original, String screened, List<Diagnostic> extra) {
        List<Diagnostic> diagnostics = new ArrayList<>(x.diagnostics());
        diagnostics.addAll(extra);
        if (original.equals(screened)) {
            return extra.isEmpty() ? x
                    : new Extraction(x.document(), x.actors(), x.meetings(), x.visits(), x.statements(), diagnostics);
        }
        List<Actor> actors = new ArrayList<>(x.actors().size());
        for (Actor a : x.actors()) {
            actors.add(new Actor(a.id(), a.type(), a.name(), a.nameLatin(), a.aliases(), a.country(), a.roles(),
                    spans(a.mentions(), original), a.members(), a.codes()));
        }
        List<Meeting> meetings = new ArrayList<>(x.meetings().size());
        for (Meeting m : x.meetings()) {
            meetings.add(new Meeting(m.participants(), m.place(), time(m.time(), original, screened), m.mode(),
                    m.status(), m.topic(), m.codes(), spans(m.evidence(), original)));
        }
        List<Visit> visits = new ArrayList<>(x.visits().size());
        for (Visit v : x.visits()) {
            visits.add(new Visit(v.visitors(), v.destination(), v.origin(), time(v.time(), original, screened),
                    v.status(), v.invitedBy(), v.codes(), spans(v.evidence(), original)));
        }
        List<Statement> statements = new ArrayList<>(x.statements().size());
        for (Statement s : x.statements()) {
            statements.add(new Statement(s.speaker(), s.content(), s.kind(), s.cue(), s.via(),
                    time(s.time(), original, screened), s.codes(), spans(s.evidence(), original)));
        }
        return new Extraction(x.document(), actors, meetings, visits, statements, diagnostics);
    }

    private static List<Span> spans(List<Span> spans, String original) {
        List<Span> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            out.add(Span.of(original, s.start(), s.end()));
        }
        return out;
    }

    private static TimeExpression time(TimeExpression t, String original, String screened) {
        if (t == null || t.start() == null || t.end() > screened.length()
                || !screened.substring(t.start(), t.end()).equals(t.text())) {
            return t;
        }
        return new TimeExpression(original.substring(t.start(), t.end()), t.value(), t.start(), t.end(), t.mod());
    }
}
