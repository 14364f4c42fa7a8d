package io.github.khabar.text;

/**
 * One independent normalisation rule of {@link ArabicNormalizer}. Every rule maps one UTF-16 code unit to
 * at most one code unit, which is what lets {@link NormalizedText} keep an exact offset map.
 */
public enum NormalizationRule {
    /** أ U+0623, إ U+0625, آ U+0622, ٱ U+0671 (wasla), ٲ U+0672 and ٳ U+0673 (wavy hamza) → ا U+0627. */
    FOLD_ALEF,
    /** ى U+0649 (alef maksura) → ي U+064A. */
    FOLD_ALEF_MAKSURA,
    /** ة U+0629 (teh marbuta) → ه U+0647. */
    FOLD_TEH_MARBUTA,
    /** ؤ U+0624 → و U+0648 and ئ U+0626 → ي U+064A. The bare hamza ء U+0621 is kept. */
    FOLD_HAMZA_CARRIERS,
    /**
     * Removes tanween and harakat (U+064B–U+0652), the other combining marks of the Arabic block
     * (U+0653–U+065F: maddah, hamza above/below, …), the superscript alef U+0670, and the Quranic annotation
     * marks U+0610–U+061A, U+06D6–U+06DC, U+06DF–U+06E4, U+06E7–U+06E8, U+06EA–U+06ED, U+08D3–U+08FF
     * (except U+08E2, which is not a mark).
     */
    REMOVE_DIACRITICS,
    /** Removes the tatweel (kashida) ـ U+0640. */
    REMOVE_TATWEEL,
    /**
     * Arabic-Indic ٠–٩ (U+0660–U+0669) and Persian ۰–۹ (U+06F0–U+06F9) → ASCII 0–9; also the Arabic decimal
     * separator ٫ → {@code .}, the Arabic thousands separator ٬ → {@code ,} and the Arabic percent sign ٪ →
     * {@code %}, since they only ever occur in numbers.
     */
    FOLD_DIGITS,
    /**
     * Double marks « » “ ” „ ‟ ″ ＂ → {@code "} (U+0022); single marks ‘ ’ ‚ ‛ ‹ › ′ ＇ → {@code '} (U+0027).
     * Guillemets count as double marks because Arabic uses them exactly where English uses “ ”.
     */
    FOLD_QUOTES,
    /** ‐ ‑ ‒ – — ― (U+2010–U+2015), − U+2212, ⸺ ⸻, ﹘ ﹣ and － → {@code -} (U+002D). */
    FOLD_DASHES,
    /**
     * NBSP U+00A0, ogham space U+1680, the typographic spaces U+2000–U+200A, narrow NBSP U+202F, medium
     * mathematical space U+205F and ideographic space U+3000 → ASCII space. Tabs and line breaks are kept:
     * sentence and paragraph boundaries depend on them.
     */
    FOLD_SPACES,
    /**
     * Removes soft hyphen U+00AD, ALM U+061C, ZWSP U+200B, ZWNJ U+200C, ZWJ U+200D, LRM U+200E, RLM U+200F,
     * bidi embeddings and overrides U+202A–U+202E, word joiner U+2060, bidi isolates U+2066–U+2069 and the BOM
     * U+FEFF.
     */
    REMOVE_FORMAT_CONTROLS,
    /**
     * Persian and Urdu letter shapes → their Arabic equivalents: ک U+06A9 and ڪ U+06AA → ك U+0643; ی U+06CC and
     * ے U+06D2 → ي U+064A; ە U+06D5, ہ U+06C1, ھ U+06BE and ۀ U+06C0 → ه U+0647. Letters for sounds Arabic lacks
     * (پ چ ژ ڤ گ) are kept: they are distinct letters, and {@link NameKey} handles their transliteration variants.
     */
    FOLD_PERSIAN_LETTERS
}
