package io.github.khabar.text;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Reproducible generators of nasty Arabic-ish text for the property tests (plain JUnit 5, no property-testing
 * engine). Every generated {@link Sample} is a pure function of one {@code long} seed, printed by
 * {@link Sample#toString()} (and therefore in the name of each parameterized invocation and in every failure
 * report), so a failing case is reproduced with {@code TextSamples.sample(seed)}.
 *
 * <p>Three shapes, chosen per sample: characters drawn uniformly from {@link #POOL} (every character a rule,
 * the tokenizer or the splitter treats specially); word-structured text (Arabic words with diacritics and
 * tatweel, numbers with inner separators, quotes around words, abbreviations, separators of every kind), which
 * reaches paths random soup rarely does (paired quotes, decimals, {@code د.}, glued prefixes); and arbitrary
 * UTF-16 units, biased towards surrogates and controls. Fixed edge cases (empty, lone surrogates, a diacritic
 * first, …) come before the random samples.
 */
final class TextSamples {
    /** Letters, every kind of mark the rules touch, spaces, quotes, digits, format controls and surrogates. */
    static final String POOL = "ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئىةٱٲٳ"
            + "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0653\u0654\u0655\u065F\u0670"
            + "\u0610\u061A\u06D6\u06DC\u06DF\u06E4\u06E7\u06ED\u08D3\u08E2\u08F0\u08FF\u0640"
            + "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬٪0123456789.,:;/؟?!؛،۔()-‐‑–—―−⸺﹣－"
            + "«»“”„‟\"'‘’‚‛‹›″′＂＇"
            + " \u00A0\u1680\u2000\u2009\u200A\u202F\u205F\u3000\n\r\t"
            + "\u200B\u200C\u200D\u200E\u200F\u061C\u202A\u202B\u202C\u202D\u202E\u2060\u2066\u2067\u2068\u2069"
            + "\uFEFF\u00AD"
            + "کڪیےەہھۀگڤپچژ"
            + "abcXYZGéß\u0301"
            + "\uD83D\uDE00\uD800\uDC00\uFFFF\uFFFE\u0000\u0007\u001B";

    private static final String LETTERS = "ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئىةٱکیەگڤپچژ";
    private static final String MARKS = "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0670\u0653\u06D6\u08F0";
    private static final String DIGITS = "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹";
    private static final String NUMBER_SEPARATORS = ".,:/٫٬";
    private static final String QUOTE_PAIRS = "«»“”„“”“‘’‹›\"\"»«";
    private static final String SEPARATORS = "     \u00A0\u2009\u202F\n\r\t";
    private static final String PUNCTUATION = ".,:;؟?!؛،()%٪-–—−…۔";
    private static final String CONTROLS = "\u200B\u200C\u200D\u200E\u200F\u061C\u202A\u202E\u2066\u2069\uFEFF\u00AD";
    private static final String[] PREFIXES = {"و", "ف", "ب", "ل", "ك", "ال", "وال", "بال", "لل", "لـ", "بـ"};
    private static final String[] LATIN_WORDS = {"G20", "OPEC", "O'Brien", "U.S.", "AFP", "café", "x"};
    private static final String[] EDGE_CASES = {"", " ", "\n", "\uD800", "\uDC00", "\uDC00\uD800", "\uD83D\uDE00",
        "\uFFFF", "\u0000", "ـ", "\u064E", "\u064Eا", "ا\u064E", "\u200Fا\u200E", "\u200C", ".", "د.", "د. م.",
        "«", "»", "» «", "“”", "”“", "\"", "2.7", "١٢/٣/٢٠٢٥", "لـ”دعم", "قال: «نعم.» ثم مضى.", "\u00A0\u3000",
        "ـــ\u064E\u064Eـ", "أ.د. سعاد"};

    private TextSamples() {}

    /** One generated input and the seed (or edge-case number) that reproduces it. */
    record Sample(long seed, boolean edgeCase, String text) {
        /** A fresh generator for any further random choices a property needs (e.g. ranges). */
        SplittableRandom random() {
            return new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L);
        }

        @Override
        public String toString() {
            String origin = edgeCase ? "edge case " + seed : String.format("TextSamples.sample(0x%016XL)", seed);
            return origin + " = \"" + escape(text) + "\" (" + text.length() + " units)";
        }
    }

    /**
     * {@code count} Arabic-ish samples (edge cases first, then the three shapes) from a fixed base seed.
     */
    static Stream<Sample> arabicTexts(long baseSeed, int count) {
        List<Sample> samples = new ArrayList<>(count + EDGE_CASES.length);
        for (int i = 0; i < EDGE_CASES.length; i++) {
            samples.add(new Sample(i, true, EDGE_CASES[i]));
        }
        SplittableRandom seeds = new SplittableRandom(baseSeed);
        for (int i = 0; i < count; i++) {
            samples.add(sample(seeds.nextLong()));
        }
        return samples.stream();
    }

    /** {@code count} arbitrary strings (any UTF-16 units, up to 300 long) from a fixed base seed. */
    static Stream<Sample> anyStrings(long baseSeed, int count) {
        List<Sample> samples = new ArrayList<>(count + EDGE_CASES.length);
        for (int i = 0; i < EDGE_CASES.length; i++) {
            samples.add(new Sample(i, true, EDGE_CASES[i]));
        }
        SplittableRandom seeds = new SplittableRandom(baseSeed);
        for (int i = 0; i < count; i++) {
            long seed = seeds.nextLong();
            samples.add(new Sample(seed, false, anyUnits(new SplittableRandom(seed), 300)));
        }
        return samples.stream();
    }

    /** The sample a seed printed by {@link Sample#toString()} stands for. */
    static Sample sample(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int shape = random.nextInt(10);
        String text;
        if (shape < 4) {
            text = fromPool(random, 80);
        } else if (shape < 8) {
            text = words(random, 16);
        } else {
            text = anyUnits(random, 50);
        }
        return new Sample(seed, false, text);
    }

    private static String fromPool(SplittableRandom random, int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(pick(random, POOL));
        }
        return b.toString();
    }

    private static String anyUnits(SplittableRandom random, int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(10);
            if (kind < 5) {
                b.append((char) random.nextInt(Character.MAX_VALUE + 1));
            } else if (kind < 7) {
                b.append((char) random.nextInt(Character.MIN_SURROGATE, Character.MAX_SURROGATE + 1));
            } else if (kind < 8) {
                b.append((char) random.nextInt(0x20));
            } else {
                b.append(pick(random, POOL));
            }
        }
        return b.toString();
    }

    /** Word-structured text: words, numbers, quotes and punctuation between separators of every kind. */
    private static String words(SplittableRandom random, int maxWords) {
        int count = random.nextInt(maxWords + 1);
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < count; w++) {
            if (w > 0) {
                b.append(random.nextInt(8) == 0 ? pick(random, CONTROLS) : pick(random, SEPARATORS));
            }
            int kind = random.nextInt(20);
            if (kind < 11) {
                arabicWord(random, b);
            } else if (kind < 13) {
                number(random, b);
            } else if (kind < 15) {
                int pair = 2 * random.nextInt(QUOTE_PAIRS.length() / 2);
                if (random.nextInt(4) == 0) {
                    b.append(PREFIXES[random.nextInt(PREFIXES.length)]);
                }
                b.append(QUOTE_PAIRS.charAt(pair));
                arabicWord(random, b);
                if (random.nextInt(3) > 0) {
                    b.append(pick(random, SEPARATORS));
                    arabicWord(random, b);
                }
                if (random.nextInt(3) == 0) {
                    b.append(pick(random, PUNCTUATION));
                }
                if (random.nextInt(5) > 0) {
                    b.append(QUOTE_PAIRS.charAt(pair + 1));
                }
            } else if (kind < 17) {
                b.append(pick(random, PUNCTUATION));
            } else if (kind < 18) {
                b.append(LETTERS.charAt(random.nextInt(LETTERS.length()))).append('.');
            } else if (kind < 19) {
                b.append(LATIN_WORDS[random.nextInt(LATIN_WORDS.length)]);
            } else {
                b.append(fromPool(random, 6));
            }
            if (random.nextInt(6) == 0) {
                b.append(pick(random, PUNCTUATION));
            }
        }
        return b.toString();
    }

    private static void arabicWord(SplittableRandom random, StringBuilder b) {
        if (random.nextInt(4) == 0) {
            b.append(PREFIXES[random.nextInt(PREFIXES.length)]);
        }
        int letters = 1 + random.nextInt(8);
        for (int i = 0; i < letters; i++) {
            b.append(pick(random, LETTERS));
            int extra = random.nextInt(12);
            if (extra < 3) {
                b.append(pick(random, MARKS));
            } else if (extra == 3) {
                b.append("ـ".repeat(1 + random.nextInt(4)));
            } else if (extra == 4 && i + 1 < letters) {
                b.append(random.nextBoolean() ? '\u200C' : '\u200D');
            }
        }
    }

    private static void number(SplittableRandom random, StringBuilder b) {
        int groups = 1 + random.nextInt(3);
        for (int g = 0; g < groups; g++) {
            if (g > 0) {
                b.append(pick(random, NUMBER_SEPARATORS));
            }
            int digits = 1 + random.nextInt(4);
            for (int d = 0; d < digits; d++) {
                b.append(pick(random, DIGITS));
            }
        }
    }

    private static char pick(SplittableRandom random, String chars) {
        return chars.charAt(random.nextInt(chars.length()));
    }

    /** A Java string literal body: printable ASCII and Arabic letters as they are, everything else as \\uXXXX. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() * 2);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean plain = (c >= 0x20 && c < 0x7F && c != '"' && c != '\\')
                    || (c >= 0x0621 && c <= 0x064A) || (c >= 0x0671 && c <= 0x06D3);
            if (plain) {
                b.append(c);
            } else {
                b.append(String.format("\\u%04X", (int) c));
            }
        }
        return b.toString();
    }
}
