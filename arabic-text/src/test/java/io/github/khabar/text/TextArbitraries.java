package io.github.khabar.text;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Generators of nasty Arabic-ish text for the property tests. */
final class TextArbitraries {
    /** Letters, every kind of mark the rules touch, spaces, quotes, digits, format controls and surrogates. */
    static final String POOL = "ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئىةٱ"
            + "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0653\u0654\u0670\u06D6\u08F0\u0640"
            + "٠١٢٣٤٥٦٧٨٩۰۱۲۳٫٬٪0123456789.,:;/؟?!؛،-‐–—−"
            + "«»“”„‟\"'‘’‚‹›″"
            + " \u00A0\u2009\u202F\u3000\n\r\t"
            + "\u200B\u200C\u200D\u200E\u200F\u061C\u202A\u202E\u2066\u2069\uFEFF\u00AD"
            + "کیەگڤپچژ"
            + "abcXYZéß\u0301"
            + "\uD83D\uDE00\uD800\uDC00\uFFFF\u0000\u0007";

    private TextArbitraries() {}

    static Arbitrary<String> arabicText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars(POOL.toCharArray()).ofMaxLength(60),
                Arbitraries.strings().all().ofMaxLength(40));
    }
}
