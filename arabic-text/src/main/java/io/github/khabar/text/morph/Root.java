package io.github.khabar.text.morph;

import java.util.Objects;

/**
 * A triliteral root, its three radicals written with {@code ء} for hamza, {@code و} and {@code ي} for the weak
 * letters: {@code قول}, {@code ءكد}, {@code دعو}, {@code لقي}, {@code ردد}. Any hamza seat (أ إ ؤ ئ آ) and ى are
 * accepted on input and stored as ء and ي.
 *
 * @param first  the first radical (ف)
 * @param second the second radical (ع)
 * @param third  the third radical (ل)
 */
public record Root(char first, char second, char third) {
    static final char HAMZA = 'ء';
    static final char WAW = 'و';
    static final char YEH = 'ي';

    /** Validates the radicals are Arabic letters. */
    public Root {
        for (char c : new char[] {first, second, third}) {
            if (c < '\u0621' || c > '\u064A') {
                throw new IllegalArgumentException("not an Arabic letter in a root: " + c);
            }
        }
    }

    /** The root from its three letters, e.g. {@code Root.of("قول")}. */
    public static Root of(String letters) {
        Objects.requireNonNull(letters, "letters");
        String s = letters.strip();
        if (s.length() != 3) {
            throw new IllegalArgumentException("a root has three letters: " + letters);
        }
        return new Root(fold(s.charAt(0)), fold(s.charAt(1)), fold(s.charAt(2)));
    }

    private static char fold(char c) {
        return switch (c) {
            case 'أ', 'إ', 'آ', 'ؤ', 'ئ' -> HAMZA;
            case 'ى' -> YEH;
            default -> c;
        };
    }

    /** The first radical is و (وصل، وقع): assimilated. */
    public boolean assimilated() {
        return first == WAW;
    }

    /** The second radical is و or ي and the third is sound (قال، زار، باع): hollow. */
    public boolean hollow() {
        return (second == WAW || second == YEH) && !defective() && !doubled();
    }

    /** The third radical is و or ي (دعا، رمى، لقي): defective. */
    public boolean defective() {
        return third == WAW || third == YEH;
    }

    /** The second and third radicals are the same (ردّ، عدّ، مدّ): doubled. */
    public boolean doubled() {
        return second == third;
    }

    /** Any radical is a hamza (أكد، سأل، قرأ، رأى). */
    public boolean hamzated() {
        return first == HAMZA || second == HAMZA || third == HAMZA;
    }

    @Override
    public String toString() {
        return "" + first + second + third;
    }
}
