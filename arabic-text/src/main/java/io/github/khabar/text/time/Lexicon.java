package io.github.khabar.text.time;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.ULocale;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of Arabic time expressions, read once from {@code lexicon.tsv} and from ICU/CLDR month
 * names, kept in immutable phrase tables (one per category) keyed by the first normalised word.
 */
final class Lexicon {

    /** Categories of lexicon.tsv. */
    enum Cat {
        GMONTH, HMONTH, WEEKDAY, ANCHOR, NOTTODAY, NOTTODAYBEFORE, DAYPART, DAYPARTAFTER, ORDUNIT, ORDTENS,
        HOUR, MINUTES, CARDINAL, UNIT, AGO, PERIOD, MOD, PHASE, MONTHCUE, YEARWORD, YEARPREP, YEARMARK,
        AGREE, RANGESTART, RANGESEP, VAGUE, VAGUEPERIOD, VAGUEPREP, VAGUEMOD, FUTURECUE, NOTFUTURE
    }

    /** One entry: its normalised words, its value and flags. */
    record Entry(String[] words, String value, Set<String> flags) {
        int intValue() {
            return Integer.parseInt(value);
        }

        boolean has(String flag) {
            return flags.contains(flag);
        }
    }

    /** A match of an entry at a token: tokens [first, end), prefix letters skipped on the first. */
    record Hit(Entry entry, int first, int end, int prefix) {
        String value() {
            return entry.value();
        }

        int intValue() {
            return entry.intValue();
        }
    }

    /** Locales whose CLDR Gregorian month names are taken. */
    static final List<String> MONTH_LOCALES = List.of("ar", "ar_SA", "ar_EG", "ar_IQ", "ar_SY", "ar_LB", "ar_JO",
            "ar_PS", "ar_DZ", "ar_TN", "ar_MA", "ar_LY", "ar_MR");

    private final Map<Cat, ImmutableListMultimap<String, Entry>> tables;
    private final ImmutableList<String> notFuture;
    /** The first word of every entry of every category: a token none of whose readings is here matches nothing. */
    private final java.util.Set<String> firstWords;

    private Lexicon(Map<Cat, ImmutableListMultimap<String, Entry>> tables, ImmutableList<String> notFuture) {
        this.tables = tables;
        this.notFuture = notFuture;
        java.util.Set<String> first = new java.util.HashSet<>();
        tables.values().forEach(t -> first.addAll(t.keySet()));
        this.firstWords = first; // a HashSet, never exposed: its chained buckets probe faster than Set.copyOf's open table
    }

    static Lexicon load() {
        Map<Cat, List<Entry>> raw = new EnumMap<>(Cat.class);
        for (Cat c : Cat.values()) {
            raw.put(c, new ArrayList<>());
        }
        try (InputStream in = Lexicon.class.getResourceAsStream("lexicon.tsv")) {
            if (in == null) {
                throw new IllegalStateException("lexicon.tsv missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length < 3) {
                    throw new IllegalStateException("bad lexicon line: " + line);
                }
                Set<String> flags = f.length > 3 && !f[3].isBlank() ? Set.of(f[3].trim().split(",")) : Set.of();
                raw.get(Cat.valueOf(f[0].trim())).add(entry(f[1].trim(), f[2].trim(), flags));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        addIcuMonths(raw);
        Map<Cat, ImmutableListMultimap<String, Entry>> tables = new EnumMap<>(Cat.class);
        for (Map.Entry<Cat, List<Entry>> e : raw.entrySet()) {
            List<Entry> list = new ArrayList<>(e.getValue());
            // longest first, so that a lookup returns the longest phrase first
            list.sort(Comparator.comparingInt((Entry x) -> -x.words().length));
            ImmutableListMultimap.Builder<String, Entry> b = ImmutableListMultimap.builder();
            Set<String> seen = new LinkedHashSet<>();
            for (Entry x : list) {
                if (seen.add(String.join(" ", x.words()))) {
                    b.put(x.words()[0], x);
                }
            }
            tables.put(e.getKey(), b.build());
        }
        ImmutableList<String> nf = raw.get(Cat.NOTFUTURE).stream().map(x -> x.words()[0])
                .collect(ImmutableList.toImmutableList());
        return new Lexicon(java.util.Collections.unmodifiableMap(tables), nf);
    }

    private static Entry entry(String form, String value, Set<String> flags) {
        String[] words = ArabicNorm.normalize(form).trim().split("\\s+");
        return new Entry(words, value, ImmutableSet.copyOf(flags));
    }

    /** Adds CLDR month names: Gregorian per regional locale, Hijri from the Umm al-Qura calendar. */
    private static void addIcuMonths(Map<Cat, List<Entry>> raw) {
        Set<String> known = new LinkedHashSet<>();
        for (Entry e : raw.get(Cat.GMONTH)) {
            known.add(String.join(" ", e.words()));
        }
        for (String loc : MONTH_LOCALES) {
            DateFormatSymbols s = new DateFormatSymbols(new GregorianCalendar(), new ULocale(loc));
            addNames(raw.get(Cat.GMONTH), known, s.getMonths(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE));
            addNames(raw.get(Cat.GMONTH), known, s.getMonths(DateFormatSymbols.STANDALONE, DateFormatSymbols.WIDE));
        }
        Set<String> knownH = new LinkedHashSet<>();
        for (Entry e : raw.get(Cat.HMONTH)) {
            knownH.add(String.join(" ", e.words()));
        }
        DateFormatSymbols h = new DateFormatSymbols(new IslamicCalendar(), new ULocale("ar@calendar=islamic-umalqura"));
        addNames(raw.get(Cat.HMONTH), knownH, h.getMonths(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE));
        addNames(raw.get(Cat.HMONTH), knownH, h.getMonths(DateFormatSymbols.STANDALONE, DateFormatSymbols.WIDE));
    }

    private static void addNames(List<Entry> into, Set<String> known, String[] names) {
        for (int m = 0; m < names.length && m < 12; m++) {
            String n = names[m];
            if (n == null || n.isBlank()) {
                continue;
            }
            Entry e = entry(n, Integer.toString(m + 1), Set.of());
            // curated entries (with their precision flags) win over CLDR's
            if (known.add(String.join(" ", e.words()))) {
                into.add(e);
            }
        }
    }

    /** All entries of a category (for tests and documentation). */
    List<Entry> entries(Cat c) {
        return ImmutableList.copyOf(tables.get(c).values());
    }

    /**
     * The longest entry of {@code cat} starting at token i; the first word may carry a clitic prefix
     * (و/ف then ب/ل/ك) when {@code clitics} is set. Null when none.
     */
    Hit match(Cat cat, Tokens t, int i, boolean clitics) {
        if (i < 0 || i >= t.size || t.type[i] == Tokens.NUMBER) {
            return null;
        }
        if (!t.mayStartEntry(i, this)) {
            return null; // most tokens: no reading of the word starts an entry of any category
        }
        ImmutableListMultimap<String, Entry> table = tables.get(cat);
        String w = t.norm[i];
        Hit best = bestAt(table, t, i, w, 0);
        if (clitics && t.type[i] == Tokens.WORD) {
            String[] c = t.clitics(i);
            int p = 0;
            if (c[0] != null) {
                p = 1;
                best = better(best, bestAt(table, t, i, c[0], p));
            }
            if (c[1] != null) {
                best = better(best, bestAt(table, t, i, c[1], p + 1));
                if (c[2] != null) {
                    best = better(best, bestAt(table, t, i, c[2], p + 2));
                }
            }
        }
        return best;
    }

    /** Whether some reading of token i (the word, or a proclitic reading of it) starts an entry. */
    boolean startsSomeEntry(Tokens t, int i) {
        if (firstWords.contains(t.norm[i])) {
            return true;
        }
        if (t.type[i] != Tokens.WORD) {
            return false;
        }
        for (String reading : t.clitics(i)) {
            if (reading != null && firstWords.contains(reading)) {
                return true;
            }
        }
        return false;
    }

    private static Hit better(Hit a, Hit b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.end() > a.end() ? b : a;
    }

    private static Hit bestAt(ImmutableListMultimap<String, Entry> table, Tokens t, int i, String first, int prefix) {
        for (Entry e : table.get(first)) {
            String[] ws = e.words();
            int j = i + 1;
            boolean ok = true;
            for (int k = 1; k < ws.length; k++, j++) {
                if (j >= t.size || !t.norm[j].equals(ws[k])) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                return new Hit(e, i, i + ws.length, prefix);
            }
        }
        return null;
    }

    /** Whether the normalised word looks like a future verb: سـ + imperfect prefix (سيزور، ستعقد، سنعمل). */
    boolean isFutureVerb(String w) {
        if (w.length() < 4 || w.charAt(0) != 'س') {
            return false;
        }
        char c = w.charAt(1);
        if (c != 'ي' && c != 'ت' && c != 'ن' && c != 'ا') {
            return false;
        }
        for (String p : notFuture) {
            if (w.startsWith(p)) {
                return false;
            }
        }
        return true;
    }
}
