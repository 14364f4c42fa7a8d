package io.github.khabar.text;

/**
 * A readable, lossy Latin spelling of an Arabic name, for names no knowledge base knows: the article
 * becomes {@code al-}, long vowels inside a word become {@code u}/{@code i}, consonants take their usual
 * English spellings ({@code ش} → sh, {@code خ} → kh, {@code غ} → gh), diacritics and tatweel are dropped,
 * each word is capitalised: {@code أيمن الصفدي} → {@code Aymn al-Safdi}-like output. It is not a
 * transliteration standard and cannot be reversed. Stateless and thread-safe.
 */
public final class ArabicRomanizer {
    private ArabicRomanizer() {}

    /** The romanised name; the input when it holds no Arabic letters; never null for non-null input. */
    public static String romanize(CharSequence arabic) {
        if (arabic == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(arabic.length() + 8);
        String[] words = arabic.toString().trim().split("\\s+");
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            appendWord(out, stripMarks(word));
        }
        return out.toString();
    }

    private static String stripMarks(String w) {
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640') {
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }

    private static void appendWord(StringBuilder out, String w) {
        int i = 0;
        boolean article = w.length() > 3 && (w.startsWith("ال") || w.startsWith("أل"));
        if (article) {
            out.append("al-");
            i = 2;
        }
        int first = out.length();
        for (; i < w.length(); i++) {
            char c = w.charAt(i);
            boolean initial = out.length() == first;
            out.append(letter(c, initial));
        }
        // capitalise the first Latin letter of the word (after "al-")
        for (int k = first; k < out.length(); k++) {
            char c = out.charAt(k);
            if (Character.isLetter(c)) {
                out.setCharAt(k, Character.toUpperCase(c));
                break;
            }
        }
    }

    private static String letter(char c, boolean initial) {
        switch (c) {
            case 'ا': case 'أ': case 'آ': case 'ٱ': return "a";
            case 'إ': return "i";
            case 'ب': return "b";
            case 'ت': return "t";
            case 'ث': return "th";
            case 'ج': return "j";
            case 'ح': return "h";
            case 'خ': return "kh";
            case 'د': return "d";
            case 'ذ': return "dh";
            case 'ر': return "r";
            case 'ز': return "z";
            case 'س': return "s";
            case 'ش': return "sh";
            case 'ص': return "s";
            case 'ض': return "d";
            case 'ط': return "t";
            case 'ظ': return "z";
            case 'ع': return initial ? "" : "'";
            case 'غ': case 'گ': return "gh";
            case 'ف': case 'ڤ': return "f";
            case 'ق': return "q";
            case 'ك': case 'ک': return "k";
            case 'ل': return "l";
            case 'م': return "m";
            case 'ن': return "n";
            case 'ه': return "h";
            case 'ة': return "a";
            case 'و': return initial ? "w" : "u";
            case 'ي': case 'ی': return initial ? "y" : "i";
            case 'ى': return "a";
            case 'ء': case 'ئ': case 'ؤ': return initial ? "" : "'";
            case 'پ': return "p";
            case 'چ': return "ch";
            default:
                return Character.isLetterOrDigit(c) && c < 0x0600 ? String.valueOf(c) : (c == '-' ? "-" : "");
        }
    }
}
