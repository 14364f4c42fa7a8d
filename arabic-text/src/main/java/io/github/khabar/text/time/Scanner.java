package io.github.khabar.text.time;

import io.github.khabar.text.time.Lexicon.Cat;
import io.github.khabar.text.time.Lexicon.Hit;
import io.github.khabar.text.time.Resolver.Res;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One pass over one text: at each token, every rule is tried and the longest match wins; the scan
 * then continues after it. Each rule looks at a bounded number of tokens, so the whole pass is linear
 * in the length of the text. Not thread-safe; one instance per call.
 *
 * <p>The rules, in the words a linguist would use (Lexicon categories in capitals):
 * <ul>
 *   <li>date phrase: [DAYPART] ( ANCHOR [WEEKDAY] [[AGREE] explicit date]
 *       | [يوم] WEEKDAY [MOD] [[AGREE] explicit date] | [يوم] explicit date | range )
 *       [DAYPARTAFTER] [clock time]</li>
 *   <li>explicit date: day (digits or ordinal) [من] MONTH [pair] [[من] [عام] year [YEARMARK] | MOD];
 *       d/m/y; y-m-d; then optionally AGREE/parentheses and a second explicit date (Hijri = Gregorian)</li>
 *   <li>range: [RANGESTART] day [MONTH] RANGESEP explicit date; [بين] [عامي] year RANGESEP year</li>
 *   <li>month: [PHASE] [شهر] MONTH [pair] [[من] year | MOD]</li>
 *   <li>year: [PHASE] YEARWORD year [YEARMARK]; year YEARMARK; YEARPREP year (1900–2100)</li>
 *   <li>period: [PHASE] PERIOD MOD; amount: [AGO] number UNIT; vague: VAGUE, [VAGUEPREP] VAGUEPERIOD VAGUEMOD</li>
 *   <li>clock: [في] الساعة (HOUR [عشرة] | h[:mm]) [MINUTES] [DAYPARTAFTER]; hh:mm</li>
 * </ul>
 */
final class Scanner {
    /** Tokens looked back for a future cue before a bare weekday. */
    private static final int CUE_WINDOW = 8;

    private final Tokens t;
    private final LocalDate ref;
    private final Lexicon lx;
    /** The direction the caller knows for open expressions, or null: decide from the words alone. */
    private final TimeDirection lean;
    /** Rule attempts, for the linear-time test. */
    long ops;
    /** The calendar fields of the last mention found, for "الشهر نفسه"; null before the first. */
    private PreviousTime last;

    Scanner(Tokens t, LocalDate ref, Lexicon lx, TimeDirection lean) {
        this.t = t;
        this.ref = ref;
        this.lx = lx;
        this.lean = lean;
    }

    /** A parse: tokens [first, end), prefix letters skipped on the first token. */
    record P(int first, int prefix, int end, Res res, String daypart) {
        P to(int newEnd) {
            return new P(first, prefix, newEnd, res, daypart);
        }

        P with(Res r) {
            return new P(first, prefix, end, r, daypart);
        }
    }

    /** Partial explicit date. */
    record D(int first, int prefix, int end, int y, int m, int d, boolean hijri, String mod, boolean hasDay) {}

    record N(int v, int first, int prefix, int end) {}

    record Mo(int m, boolean hijri, int first, int prefix, int end, boolean paired, Lexicon.Entry entry) {}

    record Y(int y, boolean hijri, boolean marked, int first, int prefix, int end) {}

    /** Runs the scan and returns the number of rule attempts and token looks (for the linear-time test). */
    long countOps() {
        run();
        return ops;
    }

    List<TimeMention> run() {
        List<TimeMention> out = new ArrayList<>();
        int i = 0;
        while (i < t.size) {
            P p = best(i);
            if (p == null || p.res == null || p.end <= i) {
                i++;
                continue;
            }
            int s = t.startAfter(p.first, p.prefix);
            int e = t.end[p.end - 1];
            out.add(new TimeMention(s, e, t.text.subSequence(s, e).toString(), p.res.value(), p.res.kind(),
                    p.res.relative(), p.res.mod(), p.res.inference()));
            PreviousTime prev = PreviousTime.of(p.res);
            if (prev != null) {
                last = prev;
            }
            i = p.end;
        }
        return List.copyOf(out);
    }

    private P best(int i) {
        ops++;
        P b = null;
        b = longer(b, datePhrase(i));
        b = longer(b, timeFirst(i));
        b = longer(b, monthExpr(i));
        b = longer(b, yearExpr(i));
        b = longer(b, yearRange(i));
        b = longer(b, period(i));
        b = longer(b, vague(i));
        b = longer(b, amount(i));
        b = longer(b, sameAsBefore(i));
        return b;
    }

    private static P longer(P a, P b) {
        if (b == null || b.res == null) {
            return a;
        }
        if (a == null || b.end > a.end) {
            return b;
        }
        return a;
    }

    // ------------------------------------------------------------------ small helpers

    private Hit m(Cat c, int i) {
        ops++;
        return lx.match(c, t, i, true);
    }

    private Hit mx(Cat c, int i) {
        ops++;
        return lx.match(c, t, i, false);
    }

    private boolean word(int i, String w) {
        return i >= 0 && i < t.size && t.norm[i].equals(w);
    }

    private boolean comma(int i) {
        return t.isPunct(i, '،') || t.isPunct(i, ',');
    }

    private int skipComma(int i) {
        return comma(i) ? i + 1 : i;
    }

    /** Day of month: 1–31 in digits, or an ordinal (الرابع والعشرين). */
    N dayNumber(int i) {
        if (word(i, "ال") && t.isNumber(i + 1, 1, 2)) {
            int v = t.num[i + 1];
            return v >= 1 && v <= 31 ? new N(v, i, 0, i + 2) : null; // الـ 14 من تموز
        }
        if (t.isNumber(i, 1, 2)) {
            int v = t.num[i];
            return v >= 1 && v <= 31 ? new N(v, i, 0, i + 1) : null;
        }
        if (qualifiesNoun(i)) {
            return null; // "الأسبوع الأول من أكتوبر", "الجولة الثانية": an ordinal adjective, not a day
        }
        Hit u = m(Cat.ORDUNIT, i);
        if (u != null) {
            int v = u.intValue();
            int j = u.end();
            if (word(j, "عشر")) {
                return v == 1 || v == 2 || v <= 9 ? new N(10 + v, i, u.prefix(), j + 1) : null;
            }
            if (t.isWord(j) && t.norm[j].startsWith("و")) {
                Hit tens = lx.match(Cat.ORDTENS, t, j, true);
                if (tens != null && tens.prefix() == 1 && tens.intValue() >= 20) {
                    int total = v + tens.intValue();
                    return total <= 31 ? new N(total, i, u.prefix(), tens.end()) : null;
                }
            }
            if (word(i, "الحادي") || t.norm[i].endsWith("حادي")) {
                return null;
            }
            return new N(v, i, u.prefix(), j);
        }
        Hit tens = m(Cat.ORDTENS, i);
        if (tens != null) {
            return new N(tens.intValue(), i, tens.prefix(), tens.end());
        }
        return null;
    }

    /**
     * The word before token i is a definite noun an ordinal at i would describe: not اليوم ("اليوم الأول من
     * رمضان" is a day), not a weekday, not another ordinal ("الثاني والثالث من أغسطس").
     */
    private boolean qualifiesNoun(int i) {
        int p = i - 1;
        if (p < 0 || !t.isWord(p) || !t.norm[p].startsWith("ال") || word(p, "اليوم") || mx(Cat.AGREE, p) != null) {
            return false; // الموافق السادس والعشرين من يونيو: a date
        }
        return m(Cat.WEEKDAY, p) == null && m(Cat.ORDUNIT, p) == null && m(Cat.ORDTENS, p) == null
                && !word(p, "عشر");
    }

    /** A month name, with an optional second name for the same month: شباط/فبراير, أغسطس (آب). */
    Mo month(int i) {
        Mo a = monthName(i);
        if (a == null) {
            return null;
        }
        int j = a.end;
        boolean paren = t.isPunct(j, '(');
        if (paren || t.isPunct(j, '/') || t.isPunct(j, '-') || t.isPunct(j, '\\') || t.isPunct(j, '،')) {
            Mo b = monthName(j + 1);
            if (b != null && b.m == a.m && b.hijri == a.hijri) {
                int e = b.end;
                if (paren) {
                    if (!t.isPunct(e, ')')) {
                        return a;
                    }
                    e++;
                }
                return new Mo(a.m, a.hijri, a.first, a.prefix, e, true, a.entry);
            }
        }
        Mo b = monthName(j);
        if (b != null && b.prefix == 0 && b.m == a.m && b.hijri == a.hijri) {
            return new Mo(a.m, a.hijri, a.first, a.prefix, b.end, true, a.entry); // مارس آذار، تشرين الأول أكتوبر
        }
        return a;
    }

    private Mo monthName(int i) {
        Hit g = m(Cat.GMONTH, i);
        Hit h = m(Cat.HMONTH, i);
        Hit x = g;
        boolean hijri = false;
        if (h != null && (g == null || h.end() > g.end())) {
            x = h;
            hijri = true;
        }
        if (x == null) {
            return null;
        }
        if (x.entry().has("madda")) {
            char c = t.firstOriginalChar(i, x.prefix());
            if (c == '\u0623' || c == '\u0625') {
                return null; // أب "father", not آب
            }
        }
        return new Mo(x.intValue(), hijri, i, x.prefix(), x.end(), false, x.entry());
    }

    /** [من] [عام|سنة] yyyy [هـ|م]. */
    Y year(int i, boolean allowWord) {
        int j = i;
        int first = i;
        if (allowWord && word(j, "من")) {
            j++;
        }
        if (allowWord) {
            Hit w = m(Cat.YEARWORD, j);
            if (w != null && "Y".equals(w.value())) {
                j = w.end();
            }
        }
        if (!t.isNumber(j, 4, 4)) {
            return null;
        }
        int y = t.num[j];
        j++;
        Hit mark = mx(Cat.YEARMARK, j);
        boolean marked = mark != null;
        boolean hijri;
        if (marked) {
            hijri = "H".equals(mark.value());
            j = mark.end();
        } else {
            hijri = false;
        }
        if (y < 1000 || y > 2999) {
            return null;
        }
        return new Y(y, hijri, marked, first, 0, j);
    }

    /** Explicit date: day + month [+ year | modifier], numeric d/m/y or y-m-d, with Hijri = Gregorian pairs. */
    D explicitDate(int i) {
        D a = singleDate(i);
        if (a == null) {
            return null;
        }
        int j = skipComma(a.end);
        boolean paren = false;
        if (t.isPunct(j, '(')) {
            paren = true;
            j++;
        }
        Hit agree = m(Cat.AGREE, j);
        if (agree != null) {
            j = agree.end();
        } else if (!paren) {
            return a;
        }
        D b = singleDate(j);
        if (b == null || !b.hasDay) {
            return a;
        }
        int end = b.end;
        if (paren) {
            if (!t.isPunct(end, ')')) {
                return a;
            }
            end++;
        }
        // keep the Gregorian one: it is what the value is written in
        D g = !b.hijri ? b : a;
        return new D(a.first, a.prefix, end, g.y, g.m, g.d, g.hijri, g.mod, true);
    }

    private D singleDate(int i) {
        D num = numericDate(i);
        if (num != null) {
            return num;
        }
        N day = dayNumber(i);
        if (day == null) {
            return null;
        }
        int j = day.end;
        if (word(j, "من")) {
            j++;
            if (word(j, "شهر")) {
                j++; // الخامس من شهر أيار
            }
        }
        Mo mo = month(j);
        if (mo == null) {
            return dayOfRelativeMonth(i, day, j);
        }
        j = mo.end;
        int k = skipComma(j);
        Y y = year(k, true);
        if (y != null) {
            boolean hijri = y.marked ? y.hijri : mo.hijri;
            if (hijri != mo.hijri) {
                hijri = mo.hijri; // the month name decides
            }
            return new D(i, day.prefix, y.end, y.y, mo.m, day.v, hijri, null, true);
        }
        int same = sameYear(j, mo.hijri);
        if (same > 0) {
            return new D(i, day.prefix, j + 3, same, mo.m, day.v, mo.hijri, null, true);
        }
        Hit mod = m(Cat.MOD, j);
        if (mod != null) {
            Y written = year(mod.end(), false);
            if (written != null && (mod.value().startsWith("Y") || written.marked)) {
                // السابع من رمضان لهذا العام 1439هـ، الأول من ذي الحجة القادم 1436هـ: the year written out wins
                return new D(i, day.prefix, written.end, written.y, mo.m, day.v, mo.hijri, null, true);
            }
            return new D(i, day.prefix, mod.end(), 0, mo.m, day.v, mo.hijri, mod.value(), true);
        }
        return new D(i, day.prefix, j, 0, mo.m, day.v, mo.hijri, null, true);
    }

    /**
     * "15 من الشهر الجاري", "العشرين من الشهر المقبل": a day of a month named relative to the reference; null
     * without a reference (the month is unknown, and "الشهر الجاري" alone is still found as a period).
     */
    private D dayOfRelativeMonth(int i, N day, int j) {
        SameAs same = SameAs.at(t, j);
        if (same != null) {
            if (same.unit() != 'M' || last == null || last.m() == 0) {
                return null;
            }
            // العاشر من الشهر نفسه: the month of the time told before
            return new D(i, day.prefix, same.end(), last.y(), last.m(), day.v, last.hijri(), null, true);
        }
        Hit p = m(Cat.PERIOD, j);
        if (p == null || p.value().charAt(0) != 'M' || ref == null) {
            return null;
        }
        int end = p.end();
        int shift = 0;
        if (!p.value().endsWith(":THIS")) {
            Hit mod = m(Cat.MOD, end);
            if (mod == null || !("PAST".equals(mod.value()) || "FUTURE".equals(mod.value()) || "THIS".equals(mod.value()))
                    || word(end, "نفسه") || word(end, "ذاته")) {
                return null;
            }
            shift = "PAST".equals(mod.value()) ? -1 : "FUTURE".equals(mod.value()) ? 1 : 0;
            end = mod.end();
        }
        LocalDate month = ref.withDayOfMonth(1).plusMonths(shift);
        if (day.v < 1 || day.v > month.lengthOfMonth()) {
            return null;
        }
        return new D(i, day.prefix, end, month.getYear(), month.getMonthValue(), day.v, false, null, true);
    }

    /** 24/2/2025, 19 / 10 / 1436هـ, 2025-02-24, 24.2.2025. */
    private D numericDate(int i) {
        if (!t.isNumber(i)) {
            return null;
        }
        int j = i + 1;
        if (j + 3 >= t.size + 1 || !(t.isPunct(j, '/') || t.isPunct(j, '-') || t.isPunct(j, '.'))) {
            return null;
        }
        char sep = t.norm[j].charAt(0);
        if (!t.isNumber(j + 1) || !t.isPunct(j + 2, sep) || !t.isNumber(j + 3)) {
            return null;
        }
        if (sep == '.' && !(t.adjacent(i, j) && t.adjacent(j, j + 1) && t.adjacent(j + 1, j + 2))) {
            return null;
        }
        int a = t.num[i];
        int b = t.num[j + 1];
        int c = t.num[j + 3];
        int y;
        int mo;
        int d;
        if (t.isNumber(i, 1, 2) && t.isNumber(j + 1, 1, 2) && t.isNumber(j + 3, 4, 4)) {
            d = a;
            mo = b;
            y = c;
        } else if (t.isNumber(i, 4, 4) && t.isNumber(j + 1, 1, 2) && t.isNumber(j + 3, 1, 2)) {
            y = a;
            mo = b;
            d = c;
        } else {
            return null;
        }
        int end = j + 4;
        Hit mark = mx(Cat.YEARMARK, end);
        boolean hijri;
        if (mark != null) {
            hijri = "H".equals(mark.value());
            end = mark.end();
        } else {
            hijri = y >= 1300 && y <= 1500;
        }
        if (mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1000 || y > 2999) {
            return null;
        }
        return new D(i, 0, end, y, mo, d, hijri, null, true);
    }

    private Res resolve(D d) {
        String mod = d.mod;
        if (mod == null && d.y <= 0 && lean != null) {
            mod = lean == TimeDirection.FORWARD ? Resolver.LEAN_FORWARD : Resolver.LEAN_BACKWARD;
        }
        return Resolver.resolveDay(d.y, d.m, d.d, d.hijri, mod, ref);
    }

    // ------------------------------------------------------------------ rules

    /** Date phrase, with an optional part of day before and after, and an optional clock time. */
    P datePhrase(int i) {
        Hit dp = m(Cat.DAYPART, i);
        int j = i;
        String part = null;
        if (dp != null) {
            j = dp.end();
            part = dp.value();
        }
        P core = dateCore(j, dp != null);
        if (core == null && dp != null && word(j, "من")) {
            core = dateCore(j + 1, true); // مساء من يوم الخميس
        }
        if (core == null) {
            return null;
        }
        int first = dp != null ? i : core.first;
        int prefix = dp != null ? dp.prefix() : core.prefix;
        int end = core.end;
        Hit after = mx(Cat.DAYPARTAFTER, end);
        if (after != null && core.res.kind() == TimeKind.DATE) {
            end = after.end();
            if (part == null) {
                part = after.value();
            }
        }
        P p = new P(first, prefix, end, core.res, part);
        // a clock time after the day: الخميس الساعة العاشرة، اليوم في العاشرة صباحا
        int k = skipComma(end);
        if (word(k, "في") || word(k, "عند") || word(k, "على")) {
            k++;
        }
        P time = clock(k, part);
        if (time != null && core.res.kind() == TimeKind.DATE) {
            String v = core.res.value() + time.res.value();
            return new P(first, prefix, time.end, new Res(v, TimeKind.DATETIME, core.res.relative(), core.res.date()), part);
        }
        return p;
    }

    /** The day itself: an anchor (اليوم، أمس), a weekday, an explicit date or a range. */
    private P dateCore(int i, boolean afterDaypart) {
        P best = null;
        best = longer(best, anchor(i, afterDaypart));
        int j = i;
        boolean yawm = word(i, "يوم") || word(i, "ويوم") || word(i, "بيوم");
        if (yawm) {
            j = i + 1;
        }
        P wd = weekday(j);
        if (wd != null) {
            best = longer(best, yawm ? new P(i, t.norm[i].length() - 3, wd.end, wd.res, null) : wd);
        }
        D d = explicitDate(j);
        if (d != null) {
            Res r = resolve(d);
            if (r != null) {
                best = longer(best, yawm ? new P(i, t.norm[i].length() - 3, d.end, r, null)
                        : new P(d.first, d.prefix, d.end, r, null));
            }
        }
        best = longer(best, range(i));
        return best;
    }

    /** اليوم/أمس/أول أمس/غدا/بعد غد [،] [WEEKDAY] [،] [[الموافق] explicit date]. */
    private P anchor(int i, boolean afterDaypart) {
        Hit a = m(Cat.ANCHOR, i);
        if (a == null) {
            return null;
        }
        if (a.entry().has("daypart") && !afterDaypart && !word(i - 1, "يوم")) {
            return null;
        }
        int off = a.intValue();
        if (off == 0 && a.end() == i + 1) {
            // اليوم الوطني, ذلك اليوم: not today
            if (mx(Cat.NOTTODAY, a.end()) != null || mx(Cat.NOTTODAYBEFORE, i - 1) != null) {
                return null;
            }
        }
        int j = a.end();
        int end = j;
        Res res = ref == null ? new Res("XXXX-XX-XX", TimeKind.DATE, false, null)
                : Resolver.day(ref.plusDays(off), true);
        int k = skipComma(j);
        Hit wd = weekdayHit(k);
        if (wd != null) {
            end = wd.end();
            if (ref == null) {
                res = Resolver.resolveWeekday(wd.intValue(), null, null);
            } else {
                res = Resolver.weekdayWins(res, wd.intValue(), originalWord(wd)); // written the day before
            }
            k = skipComma(end);
        }
        Hit agree = m(Cat.AGREE, k);
        int k2 = agree != null ? agree.end() : k;
        D d = explicitDate(k2);
        if (d != null && d.hasDay) {
            Res r = resolve(d);
            if (r != null) {
                return new P(i, a.prefix(), d.end, wd != null && d.hijri ? Resolver.weekdayWins(r, wd.intValue(),
                        originalWord(wd)) : r, null);
            }
        }
        return new P(i, a.prefix(), end, res, null);
    }

    /** The words of a lexicon hit as written, clitics left out. */
    private String originalWord(Hit h) {
        int s = t.startAfter(h.first(), h.prefix());
        return t.text.subSequence(s, t.end[h.end() - 1]).toString();
    }

    private Hit weekdayHit(int i) {
        Hit w = m(Cat.WEEKDAY, i);
        if (w == null) {
            return null;
        }
        // الأحد عشر (eleven), كلا الاثنين (both)
        if (word(w.end(), "عشر") || word(i - 1, "كلا") || word(i - 1, "عشر")) {
            return null;
        }
        return w;
    }

    /** WEEKDAY [MOD] [،] [[الموافق] explicit date]. */
    private P weekday(int i) {
        Hit w = weekdayHit(i);
        if (w == null) {
            return null;
        }
        int end = w.end();
        String tense = null;
        Hit mod = m(Cat.MOD, end);
        if (mod != null && ("PAST".equals(mod.value()) || "FUTURE".equals(mod.value()))) {
            tense = mod.value();
            end = mod.end();
        } else if (lean != null) {
            tense = lean == TimeDirection.FORWARD ? "FUTURE_CUE" : null;
        } else if (futureCueBefore(i)) {
            tense = "FUTURE_CUE";
        }
        int k = skipComma(end);
        Hit agree = m(Cat.AGREE, k);
        int k2 = agree != null ? agree.end() : k;
        D d = explicitDate(k2);
        if (d != null && d.hasDay) {
            Res r = resolve(d);
            if (r != null) {
                // a Hijri date alone may be a day off the Umm al-Qura table: the weekday named decides
                return new P(i, w.prefix(), d.end, d.hijri ? Resolver.weekdayWins(r, w.intValue(), originalWord(w)) : r,
                        null);
            }
        }
        return new P(i, w.prefix(), end, Resolver.resolveWeekday(w.intValue(), tense, ref), null);
    }

    /** A future verb or cue (سيزور، سوف، من المقرر) shortly before token i, in the same sentence. */
    private boolean futureCueBefore(int i) {
        for (int k = i - 1; k >= 0 && k >= i - CUE_WINDOW; k--) {
            ops++;
            if (t.type[k] == Tokens.PUNCT) {
                char c = t.norm[k].charAt(0);
                if (c == '.' || c == '!' || c == '?' || c == '؟' || c == '؛' || c == ':') {
                    return false;
                }
            }
            if (t.type[k] == Tokens.WORD) {
                String w = t.norm[k];
                if (lx.isFutureVerb(w) || (w.length() > 4 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')
                        && lx.isFutureVerb(w.substring(1)))) {
                    return true;
                }
                if (mx(Cat.FUTURECUE, k) != null || m(Cat.FUTURECUE, k) != null) {
                    return true;
                }
            }
            if (t.lineStart[k]) {
                return false;
            }
        }
        return false;
    }

    /** [RANGESTART] day [MONTH [year]] RANGESEP explicit date. */
    P range(int i) {
        Hit start = m(Cat.RANGESTART, i);
        int j = start != null ? start.end() : i;
        N d1 = dayNumber(j);
        if (d1 == null) {
            return null;
        }
        j = d1.end;
        Mo m1 = null;
        Y y1 = null;
        int k = j;
        if (word(k, "من")) {
            k++;
        }
        Mo mm = month(k);
        if (mm != null) {
            m1 = mm;
            j = mm.end;
            y1 = year(skipComma(j), true);
            if (y1 != null) {
                j = y1.end;
            }
        }
        int secondAt;
        Hit sep = mx(Cat.RANGESEP, j);
        if (sep != null) {
            secondAt = sep.end();
        } else if (t.isWord(j) && t.norm[j].startsWith("و")) {
            secondAt = j; // والثالث: the و is on the word
        } else {
            return null;
        }
        D d2 = explicitDate(secondAt);
        if (d2 == null || !d2.hasDay) {
            return null;
        }
        if (m1 != null && (start == null || ((sep == null || "و".equals(t.norm[sep.first()])) && !"بين".equals(startWord(start))))) {
            return null; // "24 فبراير 2025 و24/2/2025" are two dates, not a range
        }
        int mon1 = m1 != null ? m1.m : d2.m;
        boolean hijri1 = m1 != null ? m1.hijri : d2.hijri;
        if (m1 == null && d1.v >= d2.d) {
            return null;
        }
        Res r2 = resolve(d2);
        if (r2 == null) {
            return null;
        }
        Res r1;
        if (y1 != null) {
            r1 = Resolver.resolveDay(y1.y, mon1, d1.v, hijri1, null, null);
        } else if (r2.date() != null && hijri1 == d2.hijri && !d2.hijri) {
            int yy = r2.date().getYear() - (mon1 > d2.m ? 1 : 0);
            r1 = Resolver.resolveDay(yy, mon1, d1.v, false, null, null);
            if (r1 != null) {
                r1 = new Res(r1.value(), r1.kind(), r2.relative(), r1.date());
            }
        } else if (d2.y > 0) {
            r1 = Resolver.resolveDay(d2.y - (mon1 > d2.m ? 1 : 0), mon1, d1.v, hijri1, null, null);
        } else {
            r1 = Resolver.resolveDay(0, mon1, d1.v, hijri1, d2.mod, ref);
        }
        if (r1 == null) {
            return null;
        }
        int first = start != null ? i : d1.first;
        int prefix = start != null ? start.prefix() : d1.prefix;
        return new P(first, prefix, d2.end, new Res(r1.value() + "/" + r2.value(), TimeKind.RANGE,
                r1.relative() || r2.relative(), null), null);
    }

    private String startWord(Hit start) {
        String w = t.norm[start.first()];
        return start.prefix() > 0 ? w.substring(start.prefix()) : w;
    }

    /** [PHASE] [شهر] MONTH [pair] [[من] year | MOD]. */
    P monthExpr(int i) {
        int j = i;
        Hit phase = m(Cat.PHASE, j);
        if (phase != null) {
            j = phase.end();
        }
        boolean noun = false;
        if (word(j, "شهر") || word(j, "الشهر") || word(j, "وشهر") || word(j, "بشهر") || word(j, "لشهر")) {
            noun = true;
            j++;
        }
        Mo mo = month(j);
        if (mo == null) {
            return null;
        }
        int end = mo.end;
        Y y = year(skipComma(end), true);
        int same = y == null ? sameYear(end, mo.hijri) : 0;
        if (same > 0) {
            y = new Y(same, mo.hijri, false, end, 0, end + 3); // آذار من العام نفسه
        }
        Hit mod = y == null ? m(Cat.MOD, end) : null;
        if (mod != null && "THIS".equals(mod.value()) && (word(end, "نفسه") || word(end, "ذاته"))) {
            mod = null;
        }
        boolean prep = phase != null || noun || mx(Cat.MONTHCUE, i - 1) != null
                || (t.isWord(i - 1) && m(Cat.MONTHCUE, i - 1) != null);
        Lexicon.Entry e = mo.entry;
        if (e.has("num") && !(y != null || noun || mo.paired || mod != null)) {
            return null;
        }
        // every month name needs some context when it stands without a day: a bare "تموز" may be the god
        if (!(y != null || noun || mo.paired || mod != null || prep)) {
            return null;
        }
        int first = (phase != null || noun) ? i : mo.first;
        int prefix = phase != null ? phase.prefix() : noun ? t.norm[i].length() - 3 : mo.prefix;
        if (noun && phase == null && t.norm[i].length() == 5) {
            prefix = 0; // الشهر
        }
        Res r;
        if (y != null) {
            boolean hijri = mo.hijri;
            r = Resolver.resolveMonth(y.y, mo.m, hijri, null, ref);
            end = y.end;
        } else {
            r = Resolver.resolveMonth(0, mo.m, mo.hijri, mod != null ? mod.value() : null, ref);
            if (mod != null) {
                end = mod.end();
            }
        }
        if (r != null && phase != null) {
            r = r.withMod(phase.value());
        }
        return r == null ? null : new P(first, prefix, end, r, null);
    }

    /** [PHASE] عام 2024 [م]; 1436هـ; في 2010. */
    P yearExpr(int i) {
        int j = i;
        Hit phase = m(Cat.PHASE, j);
        if (phase != null) {
            j = phase.end();
        }
        Hit w = m(Cat.YEARWORD, j);
        if (w != null && "Y".equals(w.value())) {
            Y y = year(w.end(), false);
            if (y != null) {
                Res r = Resolver.resolveYear(y.y, y.hijri);
                if (r != null && phase != null) {
                    r = r.withMod(phase.value());
                }
                return r == null ? null : new P(i, phase != null ? phase.prefix() : w.prefix(), y.end, r, null);
            }
            return null;
        }
        if (phase != null || !t.isNumber(i, 4, 4)) {
            return null;
        }
        Y y = year(i, false);
        if (y == null) {
            return null;
        }
        if (y.marked) {
            Res r = Resolver.resolveYear(y.y, y.hijri);
            return r == null ? null : new P(i, 0, y.end, r, null);
        }
        boolean prep = t.isWord(i - 1) && m(Cat.YEARPREP, i - 1) != null;
        if (prep && y.y >= 1900 && y.y <= 2100) {
            return new P(i, 0, y.end, Resolver.resolveYear(y.y, false), null);
        }
        return null;
    }

    /** بين عامي 2010 و2015، من 2010 إلى 2015. */
    P yearRange(int i) {
        Hit start = m(Cat.RANGESTART, i);
        if (start == null) {
            return null;
        }
        int j = start.end();
        Hit w = m(Cat.YEARWORD, j);
        if (w != null) {
            j = w.end();
        }
        Y a = year(j, false);
        if (a == null) {
            return null;
        }
        Hit sep = mx(Cat.RANGESEP, a.end);
        if (sep == null) {
            return null;
        }
        Y b = year(sep.end(), w == null);
        if (b == null || b.y <= a.y) {
            return null;
        }
        boolean hijri = a.hijri || b.hijri;
        if (hijri || a.y < 1900 || b.y > 2100) {
            return null;
        }
        return new P(i, start.prefix(), b.end, new Res(a.y + "/" + b.y, TimeKind.RANGE, false, null), null);
    }

    /** [PHASE] الأسبوع/الشهر/العام MOD; هذا العام; نهاية الشهر. */
    P period(int i) {
        int j = i;
        Hit phase = m(Cat.PHASE, j);
        if (phase != null) {
            j = phase.end();
        }
        Hit p = m(Cat.PERIOD, j);
        if (p == null) {
            return null;
        }
        char unit = p.value().charAt(0);
        int end = p.end();
        int shift;
        if (p.value().endsWith(":THIS")) {
            shift = 0;
        } else {
            Hit mod = m(Cat.MOD, end);
            if (mod != null && ("PAST".equals(mod.value()) || "FUTURE".equals(mod.value())
                    || ("THIS".equals(mod.value()) && !word(end, "نفسه") && !word(end, "ذاته")))) {
                shift = "PAST".equals(mod.value()) ? -1 : "FUTURE".equals(mod.value()) ? 1 : 0;
                end = mod.end();
            } else if (phase != null && p.end() == j + 1 && !t.isNumber(p.end())) {
                shift = 0; // نهاية الشهر: of the current month
            } else {
                return null;
            }
        }
        Res r = Resolver.resolvePeriod(unit, shift, ref);
        if (phase != null) {
            // نهاية الأسبوع is the weekend (TIMEX3 2016-W11-WE); other phases are modifiers of the period
            r = unit == 'W' && weekend(phase) ? new Res(r.value() + "-WE", r.kind(), r.relative(), null)
                    : r.withMod(phase.value());
        }
        return new P(i, phase != null ? phase.prefix() : p.prefix(), end, r, null);
    }

    /** نهاية/عطلة نهاية (not أواخر، ختام) before الأسبوع: the weekend. */
    private boolean weekend(Hit phase) {
        return "END".equals(phase.value()) && t.norm[phase.end() - 1].endsWith("نهايه");
    }

    /** "من العام نفسه" / "من نفس العام" at j: the year of the time told before, in the month's calendar; else 0. */
    private int sameYear(int j, boolean hijriMonth) {
        if (!word(j, "من") || last == null) {
            return 0;
        }
        SameAs s = SameAs.at(t, j + 1);
        return s != null && s.unit() == 'Y' && s.end() == j + 3 ? last.yearFor(hijriMonth) : 0;
    }

    /** [PHASE] الشهر نفسه، العام ذاته، اليوم نفسه، نفس الأسبوع: the period of the time told before. */
    P sameAsBefore(int i) {
        if (last == null) {
            return null;
        }
        Hit phase = m(Cat.PHASE, i);
        int j = phase != null ? phase.end() : i;
        SameAs s = SameAs.at(t, j);
        if (s == null || (phase != null && s.unit() == 'D')) {
            return null;
        }
        if (s.unit() == 'D' && word(s.end(), "من")
                && (m(Cat.YEARWORD, s.end() + 1) != null || t.isNumber(s.end() + 1, 4, 4))) {
            return null; // اليوم ذاته من سنة 1962: that day of another year
        }
        Res r = last.same(s.unit());
        if (r == null) {
            return null;
        }
        if (phase != null) {
            r = s.unit() == 'W' && weekend(phase) ? new Res(r.value() + "-WE", r.kind(), false, null) : r.withMod(phase.value());
        }
        return new P(phase != null ? i : s.first(), phase != null ? phase.prefix() : s.prefix(), s.end(), r, null);
    }

    /** حاليا، في وقت سابق، خلال الأيام المقبلة. */
    P vague(int i) {
        P best = null;
        Hit v = m(Cat.VAGUE, i);
        if (v != null) {
            best = new P(i, v.prefix(), v.end(), new Res(v.value(), TimeKind.REFERENCE, false, null), null);
        }
        Hit prep = m(Cat.VAGUEPREP, i);
        int j = prep != null ? prep.end() : i;
        Hit per = m(Cat.VAGUEPERIOD, j);
        if (per != null) {
            Hit mod = mx(Cat.VAGUEMOD, per.end());
            if (mod != null) {
                int first = prep != null ? i : per.first();
                int prefix = prep != null ? prep.prefix() : per.prefix();
                best = longer(best, new P(first, prefix, mod.end(), new Res(mod.value(), TimeKind.REFERENCE, false, null), null));
            }
        }
        return best;
    }

    /** قبل ثلاثة أيام، منذ عامين، بعد أسبوع، لمدة يومين، ثلاثة أيام. */
    P amount(int i) {
        Hit ago = m(Cat.AGO, i);
        int j = ago != null ? ago.end() : i;
        int n = -1;
        if (t.isNumber(j, 1, 3)) {
            n = t.num[j];
            j++;
        } else {
            Hit c = m(Cat.CARDINAL, j);
            if (c != null) {
                n = c.intValue();
                j = c.end();
            }
        }
        Hit u = mx(Cat.UNIT, j);
        if (u == null) {
            return null;
        }
        if (t.isNumber(u.end())) {
            return null; // قبل عام 2024 is a year, not "a year ago"
        }
        String[] uv = u.value().split(":");
        String unit = uv[0];
        int count = Integer.parseInt(uv[1]);
        if (n < 0) {
            if (count == 0) {
                // قبل أيام / منذ سنوات: vague
                if (ago == null || "DURATION".equals(ago.value())) {
                    return null;
                }
                String v = "PAST".equals(ago.value()) ? "PAST_REF" : "FUTURE_REF";
                return new P(i, ago.prefix(), u.end(), new Res(v, TimeKind.REFERENCE, false, null), null);
            }
            n = count;
            if (ago == null) {
                return null; // a bare يوم/عامين is not a time expression
            }
        } else if (count != 0 && !(count == 1 && n > 10) && !(count == 1 && ago != null)) {
            if (count == 2 || (count == 1 && n <= 10)) {
                return null; // "ثلاثة يوم" is not Arabic
            }
        }
        if (n > 0 && t.isNumber(j - 1) && n > 1000) {
            return null;
        }
        int first = ago != null ? i : (t.isNumber(i) ? i : i);
        int prefix = ago != null ? ago.prefix() : 0;
        if (ago == null && !t.isNumber(i)) {
            Hit c = m(Cat.CARDINAL, i);
            prefix = c != null ? c.prefix() : 0;
        }
        // بعد 12 عاما من المفاوضات / قبل يومين من الانتخابات: counted from another event, not from the
        // reference: only the amount is known
        boolean fromEvent = ago != null && !"DURATION".equals(ago.value())
                && (word(u.end(), "من") || word(u.end(), "على"));
        if (ago == null || "DURATION".equals(ago.value()) || fromEvent) {
            return new P(first, prefix, u.end(), new Res(Resolver.duration(unit, n), TimeKind.DURATION, false, null), null);
        }
        int sign = "PAST".equals(ago.value()) ? -1 : 1;
        return new P(first, prefix, u.end(), Resolver.resolveShift(unit, n, sign, ref), null);
    }

    /** A clock time first, then the day: الساعة العاشرة من صباح اليوم. */
    P timeFirst(int i) {
        P time = clock(i, null);
        if (time == null) {
            return null;
        }
        int k = skipComma(time.end);
        if (word(k, "من") || word(k, "في") || word(k, "يوم")) {
            k++;
        }
        P day = datePhrase(k);
        if (day != null && day.res.kind() == TimeKind.DATE) {
            P again = day.daypart != null && time.daypart == null ? clock(i, day.daypart) : time;
            String v = day.res.value() + again.res.value();
            return new P(time.first, time.prefix, day.end, new Res(v, TimeKind.DATETIME, day.res.relative(), day.res.date()), day.daypart);
        }
        return time;
    }

    /** الساعة العاشرة [والنصف] [صباحا]; 10:30 [مساء]. {@code part}: a part of day already known. */
    P clock(int i, String part) {
        int j = i;
        int first = i;
        int prefix = 0;
        int h;
        int min = 0;
        boolean saa = false;
        Hit s = null;
        if (t.isWord(j) && (t.norm[j].equals("الساعه") || t.norm[j].endsWith("الساعه") && t.norm[j].length() <= 8)) {
            saa = true;
            prefix = t.norm[j].length() - 6;
            j++;
        }
        if (saa && t.isNumber(j, 1, 2)) {
            h = t.num[j];
            j++;
            if (t.isPunct(j, ':') && t.isNumber(j + 1, 2, 2)) {
                min = t.num[j + 1];
                j += 2;
            }
        } else if (saa && (s = m(Cat.HOUR, j)) != null) {
            h = s.intValue();
            j = s.end();
            if (word(j, "عشره") || word(j, "عشر")) {
                if (h != 1 && h != 2) {
                    return null;
                }
                h += 10;
                j++;
            } else if (h == 1 && t.norm[s.first()].endsWith("حاديه")) {
                return null;
            }
        } else if (!saa && t.isNumber(j, 1, 2) && t.isPunct(j + 1, ':') && t.isNumber(j + 2, 2, 2)
                && t.adjacent(j, j + 1) && t.adjacent(j + 1, j + 2)) {
            h = t.num[j];
            min = t.num[j + 2];
            j += 3;
            if (t.isPunct(j, ':') && t.isNumber(j + 1)) {
                return null; // 10:30:15 or a score list
            }
        } else {
            return null;
        }
        Hit mins = m(Cat.MINUTES, j);
        if (mins != null) {
            int mv = mins.intValue();
            if (mv < 0) {
                h = h - 1;
                min = 60 + mv;
            } else {
                min = mv;
            }
            j = mins.end();
        }
        Hit after = mx(Cat.DAYPARTAFTER, j);
        String pt = part;
        if (after != null) {
            pt = after.value();
            j = after.end();
        }
        if (h < 0 || h > 24 || min < 0 || min > 59) {
            return null;
        }
        if (pt != null && h < 12) {
            if ("EV".equals(pt) || ("AF".equals(pt) && h <= 7) || ("NI".equals(pt) && h >= 6)) {
                h += 12;
            }
        }
        if (h == 24) {
            h = 0;
        }
        String v = String.format("T%02d:%02d", h, min);
        return new P(first, prefix, j, new Res(v, TimeKind.TIME, false, null), after != null ? after.value() : null);
    }
}
