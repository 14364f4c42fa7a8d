package io.github.khabar.text.morph;

import java.util.List;
import java.util.Objects;

/**
 * A verb lemma: root, form and, for form I, the two stem vowels a dictionary gives (قال يقول: a/u; رمى يرمي: a/i;
 * رأى يرى: a/a; بقي يبقى: i/a). Derived forms (II–X) have fixed vowels; their vowel fields are ignored.
 *
 * @param root           the three radicals
 * @param form           I to X
 * @param perfectVowel   form I: 'a', 'i' or 'u', the perfect's second vowel (it shows only in defective roots)
 * @param imperfectVowel form I: 'a', 'i' or 'u', the imperfect's stem vowel (it shows in hollow, defective and
 *                       assimilated roots: يقول، يبيع، ينام؛ يدعو، يرمي، يبقى؛ يصل)
 * @param masdar         the verbal noun, undiacritised; null to use the form's regular pattern (form I has none)
 */
public record Verb(Root root, VerbForm form, char perfectVowel, char imperfectVowel, String masdar) {
    /** Checks the vowels are a, i or u. */
    public Verb {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(form, "form");
        for (char v : new char[] {perfectVowel, imperfectVowel}) {
            if (v != 'a' && v != 'i' && v != 'u') throw new IllegalArgumentException("vowel must be a, i or u: " + v);
        }
    }

    /** A derived-form verb (II–X, or form I with the default a/u vowels), regular masdar. */
    public static Verb of(String root, VerbForm form) {
        return new Verb(Root.of(root), form, 'a', 'u', null);
    }

    /** A form I verb with its vowels and verbal noun ({@code formI("قول", 'a', 'u', "قول")}). */
    public static Verb formI(String root, char perfectVowel, char imperfectVowel, String masdar) {
        return new Verb(Root.of(root), VerbForm.I, perfectVowel, imperfectVowel, masdar);
    }

    /** The same verb with the given verbal noun. */
    public Verb withMasdar(String noun) {
        return new Verb(root, form, perfectVowel, imperfectVowel, noun);
    }

    /** The citation form, the perfect's "he": قال، التقى، أكد. */
    public String lemma() {
        return Paradigm.of(this).perfect(Cell.S3M);
    }

    /** Every form of the paradigm, see {@link Paradigm#all()}. */
    public List<WordForm> forms() {
        return Paradigm.of(this).all();
    }
}
