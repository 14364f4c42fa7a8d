package io.github.khabar.text;

import static io.github.khabar.text.ArabicChars.*;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Offset-preserving Arabic normaliser: applies a chosen set of {@link NormalizationRule}s, each of which maps
 * one UTF-16 code unit to zero or one code unit. Immutable and thread-safe; share instances freely.
 *
 * <p>Presets: {@link #search()} enables every rule (for matching and indexing); {@link #display()} enables
 * only {@link NormalizationRule#FOLD_SPACES}, {@link NormalizationRule#REMOVE_FORMAT_CONTROLS} and
 * {@link NormalizationRule#FOLD_DIGITS} (text that is still shown to people). Surrogates, unpaired or not, and
 * every character no rule names pass through unchanged, so no input makes it throw.
 *
 * <p>Differences from Lucene's {@code org.apache.lucene.analysis.ar.ArabicNormalizer} (9.x), which folds
 * آ أ إ → ا, ى → ي, ة → ه and removes tatweel and U+064B–U+0652. On those characters the SEARCH preset gives
 * the same output. Deliberately, SEARCH also:
 * <ul>
 *   <li>folds ٱ (wasla) and ٲ ٳ to ا — they are alef forms too;</li>
 *   <li>removes U+0653–U+065F, the superscript alef U+0670 and the Quranic marks — Lucene keeps them, so
 *       vocalised and Quranic-style text would not match plain text;</li>
 *   <li>folds ؤ → و and ئ → ي — news spelling of hamza seats is inconsistent ({@code مسئول}/{@code مسؤول});</li>
 *   <li>folds digits, quotes, dashes, spaces, and removes format controls — Lucene leaves these to other
 *       filters or the tokenizer, but this library works on running text, not tokens;</li>
 *   <li>folds Persian/Urdu letter shapes (ک ی ە …) to Arabic — common in text typed on Persian keyboards.</li>
 * </ul>
 */
public final class ArabicNormalizer {
    /** Table value meaning "remove"; U+FFFF itself is a noncharacter and is still kept by an identity check. */
    private static final char REMOVE = '\uFFFF';
    private static final int TABLE_SIZE = Character.MAX_VALUE + 1;
    private static final int[] NO_REMOVALS = new int[0];
    private static final int INITIAL_REMOVALS = 16;

    private static final Set<NormalizationRule> DISPLAY_RULES = Collections.unmodifiableSet(EnumSet.of(
            NormalizationRule.FOLD_SPACES, NormalizationRule.REMOVE_FORMAT_CONTROLS,
            NormalizationRule.FOLD_DIGITS));
    private static final Set<NormalizationRule> SEARCH_RULES =
            Collections.unmodifiableSet(EnumSet.allOf(NormalizationRule.class));

    private static final ArabicNormalizer SEARCH = new ArabicNormalizer(SEARCH_RULES);
    private static final ArabicNormalizer DISPLAY = new ArabicNormalizer(DISPLAY_RULES);

    private final Set<NormalizationRule> rules;
    /** One entry per UTF-16 code unit: its replacement, or {@link #REMOVE}. Never written after construction. */
    private final char[] table;

    private ArabicNormalizer(Set<NormalizationRule> rules) {
        EnumSet<NormalizationRule> copy = EnumSet.noneOf(NormalizationRule.class);
        copy.addAll(rules);
        this.rules = Collections.unmodifiableSet(copy);
        this.table = buildTable(copy);
    }

    /** The SEARCH preset: every {@link NormalizationRule}. */
    public static ArabicNormalizer search() {
        return SEARCH;
    }

    /** The DISPLAY preset: {@code FOLD_SPACES}, {@code REMOVE_FORMAT_CONTROLS} and {@code FOLD_DIGITS}. */
    public static ArabicNormalizer display() {
        return DISPLAY;
    }

    /** A builder that starts with no rule enabled. */
    public static Builder builder() {
        return new Builder();
    }

    /** The enabled rules (unmodifiable). */
    public Set<NormalizationRule> rules() {
        return rules;
    }

    /**
     * Normalises {@code original} and keeps the offset map.
     *
     * @throws NullPointerException if {@code original} is null
     */
    public NormalizedText normalize(CharSequence original) {
        return normalize(original, TextWork.NONE);
    }

    /**
     * As {@link #normalize(CharSequence)}, adding its steps to {@code work} (for tests): the chars replaced,
     * the removal positions noted and copied while their array grows, and the chars the compaction moves.
     */
    NormalizedText normalize(CharSequence original, TextWork work) {
        String source = original.toString();
        Pass pass = replace(source);
        work.add(source.length() + pass.removedCount + pass.removalsCopied);
        if (pass.removedCount == 0) {
            return new NormalizedText(source, pass.changed ? new String(pass.buffer) : source, NO_REMOVALS, 0);
        }
        int kept = compact(pass.buffer, source.length(), pass.removed, pass.removedCount);
        work.add(kept);
        return new NormalizedText(source, new String(pass.buffer, 0, kept), pass.removed, pass.removedCount);
    }

    /**
     * Normalises without building an offset map.
     *
     * @throws NullPointerException if {@code s} is null
     */
    public String normalizeToString(CharSequence s) {
        String source = s.toString();
        if (isFixedPoint(source)) {
            return source; // already normal (most words and keys): no buffer, no copy
        }
        Pass pass = replace(source);
        if (pass.removedCount == 0) {
            return pass.changed ? new String(pass.buffer) : source;
        }
        return new String(pass.buffer, 0, compact(pass.buffer, source.length(), pass.removed, pass.removedCount));
    }

    /** True when no char of {@code source} is changed or removed by this normaliser. */
    private boolean isFixedPoint(String source) {
        char[] map = table;
        for (int i = 0, n = source.length(); i < n; i++) {
            char c = source.charAt(i);
            if (map[c] != c) {
                return false;
            }
        }
        return true;
    }

    /** The result of {@link #replace}: the replaced chars (removals still in place) and where the removals are. */
    private record Pass(char[] buffer, boolean changed, int[] removed, int removedCount, long removalsCopied) {}

    /**
     * Pass 1 of both entry points: replaces every char in place and notes the (rare) removals; {@link #compact}
     * then closes the gaps with block copies. Keeping the store index equal to the load index lets the JIT
     * drop bounds checks and unroll, which a compacting store index ({@code buffer[kept++]}) prevents.
     */
    private Pass replace(String source) {
        int length = source.length();
        char[] buffer = new char[length];
        source.getChars(0, length, buffer, 0);
        char[] map = table;
        int[] removed = NO_REMOVALS;
        int removedCount = 0;
        long removalsCopied = 0;
        int difference = 0;
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            char replacement = map[c];
            buffer[i] = replacement;
            difference |= replacement ^ c;
            if (replacement == REMOVE && c != REMOVE) {
                if (removedCount == removed.length) {
                    removed = Arrays.copyOf(removed, Math.max(INITIAL_REMOVALS, removedCount * 2));
                    removalsCopied += removedCount;
                }
                removed[removedCount++] = i;
            }
        }
        return new Pass(buffer, difference != 0, removed, removedCount, removalsCopied);
    }

    /**
     * Normalises {@code buffer[0, length)} in place, Lucene style.
     *
     * @return the new length
     */
    int normalize(char[] buffer, int length) {
        char[] map = table;
        int kept = 0;
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            char replacement = map[c];
            buffer[kept] = replacement;
            if (replacement != REMOVE || c == REMOVE) {
                kept++;
            }
        }
        return kept;
    }

    /** Moves the runs between the removed positions together; returns the new length. */
    private static int compact(char[] buffer, int length, int[] removed, int removedCount) {
        int kept = removed[0];
        for (int j = 0; j < removedCount; j++) {
            int runStart = removed[j] + 1;
            int runEnd = j + 1 < removedCount ? removed[j + 1] : length;
            int run = runEnd - runStart;
            if (run > 0) {
                System.arraycopy(buffer, runStart, buffer, kept, run);
                kept += run;
            }
        }
        return kept;
    }

    private static char[] buildTable(Set<NormalizationRule> rules) {
        char[] t = new char[TABLE_SIZE];
        for (int c = 0; c < TABLE_SIZE; c++) {
            t[c] = (char) c;
        }
        for (NormalizationRule rule : rules) {
            switch (rule) {
                case FOLD_ALEF -> set(t, ALEF, ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA,
                        ALEF_WAVY_HAMZA_ABOVE, ALEF_WAVY_HAMZA_BELOW);
                case FOLD_ALEF_MAKSURA -> set(t, YEH, ALEF_MAKSURA);
                case FOLD_TEH_MARBUTA -> set(t, HEH, TEH_MARBUTA);
                case FOLD_HAMZA_CARRIERS -> {
                    set(t, WAW, WAW_HAMZA);
                    set(t, YEH, YEH_HAMZA);
                }
                case REMOVE_DIACRITICS -> {
                    for (int c = 0; c < TABLE_SIZE; c++) {
                        if (isDiacritic((char) c)) {
                            t[c] = REMOVE;
                        }
                    }
                }
                case REMOVE_TATWEEL -> t[TATWEEL] = REMOVE;
                case FOLD_DIGITS -> {
                    for (int d = 0; d <= 9; d++) {
                        t[ARABIC_INDIC_ZERO + d] = (char) (ASCII_ZERO + d);
                        t[PERSIAN_ZERO + d] = (char) (ASCII_ZERO + d);
                    }
                    t[ARABIC_DECIMAL_SEPARATOR] = '.';
                    t[ARABIC_THOUSANDS_SEPARATOR] = ',';
                    t[ARABIC_PERCENT] = '%';
                }
                case FOLD_QUOTES -> {
                    set(t, QUOTATION_MARK, LEFT_GUILLEMET, RIGHT_GUILLEMET, LEFT_DOUBLE_QUOTE, RIGHT_DOUBLE_QUOTE,
                            DOUBLE_LOW_QUOTE, DOUBLE_HIGH_REVERSED_QUOTE, DOUBLE_PRIME, FULLWIDTH_QUOTATION_MARK);
                    set(t, APOSTROPHE, LEFT_SINGLE_QUOTE, RIGHT_SINGLE_QUOTE, SINGLE_LOW_QUOTE,
                            SINGLE_HIGH_REVERSED_QUOTE, LEFT_SINGLE_GUILLEMET, RIGHT_SINGLE_GUILLEMET, PRIME,
                            FULLWIDTH_APOSTROPHE);
                }
                case FOLD_DASHES -> {
                    for (char c = HYPHEN; c <= HORIZONTAL_BAR; c++) {
                        t[c] = HYPHEN_MINUS;
                    }
                    set(t, HYPHEN_MINUS, MINUS_SIGN, TWO_EM_DASH, THREE_EM_DASH, SMALL_EM_DASH,
                            SMALL_HYPHEN_MINUS, FULLWIDTH_HYPHEN_MINUS);
                }
                case FOLD_SPACES -> {
                    for (int c = 0; c < TABLE_SIZE; c++) {
                        if (isExoticSpace((char) c)) {
                            t[c] = SPACE;
                        }
                    }
                }
                case REMOVE_FORMAT_CONTROLS -> {
                    for (int c = 0; c < TABLE_SIZE; c++) {
                        if (isFormatControl((char) c)) {
                            t[c] = REMOVE;
                        }
                    }
                }
                case FOLD_PERSIAN_LETTERS -> {
                    set(t, KAF, KEHEH, SWASH_KAF);
                    set(t, YEH, FARSI_YEH, YEH_BARREE);
                    set(t, HEH, AE, HEH_GOAL, HEH_DOACHASHMEE, HEH_YEH_ABOVE);
                }
                default -> throw new AssertionError(rule);
            }
        }
        return t;
    }

    private static void set(char[] table, char to, char... from) {
        for (char c : from) {
            table[c] = to;
        }
    }

    @Override
    public String toString() {
        return "ArabicNormalizer" + rules;
    }

    /** Builds an {@link ArabicNormalizer} from a preset and individual rules. Not thread-safe. */
    public static final class Builder {
        private final EnumSet<NormalizationRule> rules = EnumSet.noneOf(NormalizationRule.class);

        private Builder() {}

        /**
         * Replaces the current rules with a preset's.
         *
         * @param name {@code "SEARCH"} or {@code "DISPLAY"}, case-insensitive
         * @throws IllegalArgumentException for any other name
         */
        public Builder preset(String name) {
            String key = Objects.requireNonNull(name, "name").trim().toUpperCase(Locale.ROOT);
            Set<NormalizationRule> preset = switch (key) {
                case "SEARCH" -> SEARCH_RULES;
                case "DISPLAY" -> DISPLAY_RULES;
                default -> throw new IllegalArgumentException(
                        "unknown preset '" + name + "'; valid presets: SEARCH, DISPLAY");
            };
            rules.clear();
            rules.addAll(preset);
            return this;
        }

        /** Enables a rule. */
        public Builder enable(NormalizationRule rule) {
            rules.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /** Disables a rule. */
        public Builder disable(NormalizationRule rule) {
            rules.remove(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /**
         * Enables or disables a rule by name, as read from configuration: the {@link NormalizationRule} constant
         * name, case-insensitive, with {@code -} accepted for {@code _} ({@code "fold-alef"}).
         *
         * @throws IllegalArgumentException for an unknown name; the message lists the valid ones
         */
        public Builder option(String name, boolean on) {
            NormalizationRule rule = ruleNamed(name);
            return on ? enable(rule) : disable(rule);
        }

        /** The normaliser with the rules chosen so far. */
        public ArabicNormalizer build() {
            if (rules.equals(SEARCH_RULES)) {
                return SEARCH;
            }
            if (rules.equals(DISPLAY_RULES)) {
                return DISPLAY;
            }
            return new ArabicNormalizer(rules);
        }

        private static NormalizationRule ruleNamed(String name) {
            String key = Objects.requireNonNull(name, "name").trim().replace('-', '_').toUpperCase(Locale.ROOT);
            for (NormalizationRule rule : NormalizationRule.values()) {
                if (rule.name().equals(key)) {
                    return rule;
                }
            }
            throw new IllegalArgumentException("unknown normalisation option '" + name + "'; valid options: "
                    + Arrays.stream(NormalizationRule.values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
