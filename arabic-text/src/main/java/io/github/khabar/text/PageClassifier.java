package io.github.khabar.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** One run of {@link PageCleaner#clean}: splits lines, classifies them, applies the block rules. */
final class PageClassifier {
    private static final Set<String> STOPWORDS = Set.of(
            "علي", "في", "من", "عبر", "الي", "عن", "مع", "و", "او", "لنا", "ل", "ب", "هنا", "الان", "بـ",
            "on", "via", "us", "and", "or", "to", "the", "of", "in", "at", "by", "here", "now");
    private static final Set<String> TIME_WORDS = Set.of(
            "ت", "م", "ص", "غ", "ه", "مساء", "صباحا", "ظهرا", "بتوقيت", "توقيت", "am", "pm", "gmt", "utc");
    /** Reasons that a title or the first line may override. */
    private static final String WEAK = "SHORT_NON_SENTENCE";

    /** Line facts. {@code tokens} is null for long lines. */
    private static final class Line {
        final int start;
        final int end;
        boolean blank = true;
        List<String> tokens;
        int words;
        int arabicWords;
        boolean reporting;
        boolean relatedHeader;
        String key = "";
        String reason;

        Line(int start, int end) {
            this.start = start;
            this.end = end;
        }

        boolean kept() {
            return !blank && reason == null;
        }

        boolean dropped() {
            return !blank && reason != null;
        }

        boolean isLong() {
            return tokens == null;
        }
    }

    private final String s;
    private final PagePhrases phrases;
    private final TextWork work;
    private final List<Line> lines = new ArrayList<>();

    PageClassifier(String s, PagePhrases phrases, TextWork work) {
        this.s = s;
        this.phrases = phrases;
        this.work = work;
    }

    PageContent run() {
        split();
        Line previous = null;
        for (Line line : lines) {
            classify(line, previous);
            if (!line.blank) {
                previous = line;
            }
        }
        headSandwich();
        int title = protectTitle();
        relatedRuns(title);
        tailSandwich(title);
        return result();
    }

    // ---------------------------------------------------------------- lines

    private void split() {
        int n = s.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                lines.add(new Line(start, i));
                if (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        work.add(n);
        lines.add(new Line(start, n));
    }

    private void classify(Line line, Line previous) {
        int len = line.end - line.start;
        int nonBlank = 0;
        int letterDigit = 0;
        int arabic = 0;
        int bad = 0;
        int code = 0;
        for (int i = line.start; i < line.end; i++) {
            char c = s.charAt(i);
            if (PageText.isBlankChar(c)) {
                continue;
            }
            nonBlank++;
            if (PageText.isArabicLetter(c)) {
                arabic++;
                letterDigit++;
            } else if (Character.isLetterOrDigit(c) && !Character.isSurrogate(c)) {
                letterDigit++;
            } else if ("{}[];<>=$#\\".indexOf(c) >= 0) {
                code++;
            } else if (Character.isISOControl(c) || c == '\uFFFD' || Character.getType(c) == Character.PRIVATE_USE
                    || Character.getType(c) == Character.UNASSIGNED || loneSurrogate(i)) {
                bad++;
            }
        }
        work.add(len);
        if (nonBlank == 0) {
            return;
        }
        line.blank = false;
        if (bad * 5 >= nonBlank || (arabic == 0 && nonBlank > 40 && (letterDigit * 2 < nonBlank || code * 10 >= nonBlank))) {
            line.reason = "NON_TEXT";
            return;
        }
        if (letterDigit == 0) {
            line.reason = "SYMBOLS";
            return;
        }
        if (len > PageCleaner.MAX_SHORT_LINE) {
            line.words = Integer.MAX_VALUE / 2;
            line.arabicWords = line.words;
            return; // long lines read as prose
        }
        List<String> tokens = PageText.tokens(s, line.start, line.end, work);
        line.tokens = tokens;
        StringBuilder key = new StringBuilder();
        for (String t : tokens) {
            if (!PageText.isWord(t)) {
                continue;
            }
            line.words++;
            if (PageText.hasArabic(t)) {
                line.arabicWords++;
            }
            if (PageText.isReportingVerb(t)) {
                line.reporting = true;
            }
            if (key.length() > 0) {
                key.append(' ');
            }
            key.append(t);
        }
        line.key = key.toString();
        String r = byPhrases(line);
        if (r == null) {
            r = linkLine(line);
        }
        if (r == null) {
            r = timestamp(line);
        }
        if (r == null) {
            r = nav(line);
        }
        if (r == null) {
            r = loneLetters(line);
        }
        if (r == null) {
            r = parenthesised(line);
        }
        if (r == null) {
            r = duplicate(line, previous);
        }
        if (r == null && arabic == 0 && nonBlank <= 60) {
            r = WEAK;
        }
        line.reason = r;
    }

    private boolean loneSurrogate(int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return false;
    }

    // ---------------------------------------------------------------- per-line signals

    private String byPhrases(Line line) {
        List<String> t = line.tokens;
        int n = t.size();
        boolean[] covered = new boolean[n];
        String bestReason = null;
        int bestLen = 0;
        int firstWord = 0;
        while (firstWord < n && (!PageText.isWord(t.get(firstWord)) || PageText.isNumber(t.get(firstWord)))) {
            firstWord++;
        }
        PagePhrases.Phrase prefixHit = null;
        for (int i = 0; i < n; i++) {
            for (PagePhrases.Phrase p : phrases.startingWith(t.get(i))) {
                List<String> pt = p.tokens();
                int m = pt.size();
                if (i + m > n) {
                    continue;
                }
                work.add(m);
                boolean match = true;
                for (int k = 1; k < m && match; k++) {
                    match = pt.get(k).equals(t.get(i + k));
                }
                if (!match) {
                    continue;
                }
                for (int k = 0; k < m; k++) {
                    covered[i + k] = true;
                }
                if (m > bestLen) {
                    bestLen = m;
                    bestReason = p.reason();
                }
                if (p.prefix() && i == firstWord && (prefixHit == null || m > prefixHit.tokens().size())) {
                    prefixHit = p;
                }
            }
        }
        if (bestReason == null) {
            return null;
        }
        int coveredWords = 0;
        int uncovered = 0;
        boolean reportingOutside = false;
        for (int i = 0; i < n; i++) {
            String tok = t.get(i);
            if (!PageText.isWord(tok)) {
                continue;
            }
            if (covered[i]) {
                coveredWords++;
            } else {
                if (PageText.isReportingVerb(tok)) {
                    reportingOutside = true;
                }
                if (!STOPWORDS.contains(tok) && !PageText.isNumber(tok)) {
                    uncovered++;
                }
            }
        }
        if (reportingOutside) {
            return null;
        }
        if (uncovered <= Math.min(2, coveredWords - 1)) {
            line.relatedHeader = uncovered == 0 && bestReason.equals("RELATED");
            return bestReason;
        }
        if (prefixHit != null && line.end - line.start <= PageCleaner.MAX_PREFIX_LINE
                && !(line.words > 10 && endsSentence(line))) {
            return prefixHit.reason();
        }
        return null;
    }

    private boolean endsSentence(Line line) {
        for (int i = line.end - 1; i >= line.start; i--) {
            char c = s.charAt(i);
            if (PageText.isBlankChar(c)) {
                continue;
            }
            return c == '.' || c == '؟' || c == '?' || c == '!';
        }
        return false;
    }

    private String linkLine(Line line) {
        int urls = 0;
        int others = 0;
        int i = line.start;
        while (i < line.end) {
            while (i < line.end && PageText.isBlankChar(s.charAt(i))) {
                i++;
            }
            int j = i;
            boolean letters = false;
            while (j < line.end && !PageText.isBlankChar(s.charAt(j))) {
                letters |= Character.isLetter(s.charAt(j));
                j++;
            }
            if (j > i) {
                String chunk = s.substring(i, j).toLowerCase(java.util.Locale.ROOT);
                if (chunk.contains("://") || chunk.startsWith("www.")) {
                    urls++;
                } else if (letters) {
                    others++;
                }
            }
            i = j;
        }
        return urls > 0 && others <= 2 && !line.reporting ? "LINK_LINE" : null;
    }

    private String timestamp(Line line) {
        boolean number = false;
        boolean timeWord = false;
        for (String t : line.tokens) {
            if (!PageText.isWord(t)) {
                continue;
            }
            if (PageText.isNumber(t)) {
                number = true;
            } else if (TIME_WORDS.contains(t)) {
                timeWord = true;
            } else {
                return null;
            }
        }
        if (!number) {
            return null;
        }
        if (timeWord) {
            return "TIMESTAMP";
        }
        for (int i = line.start; i < line.end; i++) {
            char c = s.charAt(i);
            if (c == ':' || c == '/' || c == '-' || c == '.') {
                return "TIMESTAMP";
            }
        }
        return "SHORT_NON_SENTENCE";
    }

    private static boolean isNavSeparator(char c) {
        return c == '|' || c == '»' || c == '›' || c == '>' || c == '•' || c == '·' || c == '/' || c == '\\'
                || c == '¦' || c == '◄' || c == '►' || c == '⟩';
    }

    private String nav(Line line) {
        if (line.reporting || line.words > 20) {
            return null;
        }
        int segments = 0;
        int wordsInSegment = 0;
        boolean letterInSegment = false;
        boolean inWord = false;
        for (int i = line.start; i <= line.end; i++) {
            char c = i < line.end ? s.charAt(i) : '|';
            if (isNavSeparator(c)) {
                if (letterInSegment) {
                    if (wordsInSegment > 3) {
                        return null;
                    }
                    segments++;
                }
                wordsInSegment = 0;
                letterInSegment = false;
                inWord = false;
            } else if (Character.isLetter(c)) {
                if (!inWord) {
                    wordsInSegment++;
                }
                inWord = true;
                letterInSegment = true;
            } else if (!PageText.isIgnorable(c) && !Character.isLetterOrDigit(c)) {
                inWord = false;
            }
        }
        return segments >= 3 ? "NAV" : null;
    }

    private String loneLetters(Line line) {
        int single = 0;
        for (String t : line.tokens) {
            if (PageText.isWord(t) && t.length() == 1 && !PageText.isNumber(t)) {
                single++;
            }
        }
        return single >= 3 && single * 5 >= line.words * 3 && !line.reporting ? "REPEATED_TOKENS" : null;
    }

    private String parenthesised(Line line) {
        int a = line.start;
        int b = line.end - 1;
        while (a <= b && PageText.isBlankChar(s.charAt(a))) {
            a++;
        }
        while (b >= a && PageText.isBlankChar(s.charAt(b))) {
            b--;
        }
        if (b <= a) {
            return null;
        }
        char open = s.charAt(a);
        char close = s.charAt(b);
        boolean wrapped = (open == '(' && close == ')') || (open == '[' && close == ']');
        return wrapped && line.words <= 8 && !line.reporting ? "IMAGE_CREDIT" : null;
    }

    private String duplicate(Line line, Line previous) {
        if (previous == null || previous.isLong() || previous.key.length() < 8) {
            return null;
        }
        work.add(line.key.length());
        if (line.key.equals(previous.key)) {
            return "DUPLICATE";
        }
        if (line.key.endsWith(" " + previous.key)) {
            String head = line.key.substring(0, line.key.length() - previous.key.length() - 1);
            if (head.split(" ").length <= 3) {
                return "DUPLICATE";
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- block rules

    private boolean headlineLike(Line line, int maxWords, int maxChars) {
        return line.kept() && !line.isLong() && !line.reporting && line.arabicWords <= maxWords
                && line.end - line.start <= maxChars;
    }

    /** Before the first kept line of four or more words: runs of short kept lines between dropped lines. */
    private void headSandwich() {
        int runStart = -1;
        boolean droppedBefore = false;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            work.add(1);
            if (line.blank) {
                continue;
            }
            if (line.dropped()) {
                if (droppedBefore && runStart >= 0) {
                    markRun(runStart, i, "NAV");
                }
                droppedBefore = true;
                runStart = -1;
                continue;
            }
            if (line.words >= 4) {
                return;
            }
            if (runStart < 0) {
                runStart = i;
            }
        }
    }

    private void markRun(int from, int to, String reason) {
        for (int k = from; k < to; k++) {
            Line l = lines.get(k);
            if (l.kept()) {
                l.reason = reason;
            }
        }
    }

    /** The first non-blank line that no strong signal drops is the title and is kept. */
    private int protectTitle() {
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            work.add(1);
            if (line.blank) {
                continue;
            }
            if (line.reason == null || line.reason.equals(WEAK)) {
                line.reason = null;
                return i;
            }
        }
        return lines.size();
    }

    /** After a related-content header: the short headline-like lines up to the next drop or the end. */
    private void relatedRuns(int title) {
        for (int i = title + 1; i < lines.size(); i++) {
            Line header = lines.get(i);
            if (!header.relatedHeader || !header.dropped()) {
                continue;
            }
            int j = i + 1;
            int count = 0;
            boolean closed = true;
            for (; j < lines.size(); j++) {
                Line l = lines.get(j);
                work.add(1);
                if (l.blank) {
                    continue;
                }
                if (l.dropped()) {
                    break;
                }
                if (count >= 12 || !headlineLike(l, 15, 160)) {
                    closed = false;
                    break;
                }
                count++;
            }
            if (closed && count > 0) {
                markRun(i + 1, j, "RELATED");
            }
            i = j - 1;
        }
    }

    /**
     * In the trailing block of dropped and short lines: short kept lines below the first dropped line,
     * when the block holds at least two dropped lines and no fewer dropped than kept lines.
     */
    private void tailSandwich(int title) {
        int top = lines.size();
        for (int i = lines.size() - 1; i > title; i--) {
            Line l = lines.get(i);
            work.add(1);
            if (l.blank || l.dropped() || headlineLike(l, 12, 120)) {
                top = i;
            } else {
                break;
            }
        }
        int firstDropped = -1;
        for (int i = top; i < lines.size(); i++) {
            if (lines.get(i).dropped()) {
                firstDropped = i;
                break;
            }
        }
        if (firstDropped < 0) {
            return;
        }
        int dropped = 0;
        int kept = 0;
        for (int i = firstDropped; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.dropped()) {
                dropped++;
            } else if (l.kept()) {
                kept++;
            }
        }
        if (dropped < 2 || dropped < kept) {
            return;
        }
        String below = null;
        for (int i = lines.size() - 1; i > firstDropped; i--) {
            Line l = lines.get(i);
            if (l.dropped()) {
                below = l.reason;
            } else if (l.kept() && below != null) {
                l.reason = below;
            }
        }
    }

    // ---------------------------------------------------------------- result

    private PageContent result() {
        int start = -1;
        int end = 0;
        List<DroppedLine> dropped = new ArrayList<>();
        for (Line line : lines) {
            if (line.kept()) {
                if (start < 0) {
                    start = line.start;
                }
                end = line.end;
            } else if (line.dropped()) {
                dropped.add(new DroppedLine(line.start, line.end, line.reason));
            }
        }
        return start < 0 ? new PageContent(0, 0, dropped) : new PageContent(start, end, dropped);
    }
}
