package io.github.khabar.text.morph;

import static io.github.khabar.text.morph.Root.HAMZA;
import static io.github.khabar.text.morph.Root.WAW;
import static io.github.khabar.text.morph.Root.YEH;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The undiacritised paradigm of one verb, built from templates: a form's prefix and infix around the radicals,
 * then the root class's rules: a hollow root's middle letter lengthens or drops (قال/قلت/يقول/لم يقل), a
 * defective root's last letter changes with the suffix (دعا/دعوا/يدعو/يدعون، التقى/التقيا/يلتقي/لم يلتق), a
 * doubled root merges its last two radicals before a vowel (ردّ/رددت)، an assimilated form I drops و in the
 * imperfect (وصل/يصل), a hamza takes the seat its vowels give it (أكد/يؤكد) and form VIII's ت assimilates to
 * the first radical (اتصل، اضطر، ازدحم). Immutable.
 */
public final class Paradigm {
    private final Verb v;
    private final VerbForm form;
    private final char f;
    private final char a;
    private final char l;
    private final boolean hollow;
    private final boolean defective;
    private final boolean doubled;

    private Paradigm(Verb v) {
        this.v = v;
        this.form = v.form();
        Root r = v.root();
        this.f = r.first();
        this.a = r.second();
        this.l = r.third();
        // the root classes change the template only in the forms where the weak letter is a vowel
        boolean weakForm = form == VerbForm.I || form == VerbForm.IV || form == VerbForm.VII
                || form == VerbForm.VIII || form == VerbForm.X;
        this.hollow = r.hollow() && weakForm;
        this.defective = r.defective();
        this.doubled = r.doubled() && (weakForm || form == VerbForm.IX);
    }

    /** The paradigm of a verb. */
    public static Paradigm of(Verb v) {
        return new Paradigm(v);
    }

    // ---- template pieces ------------------------------------------------------------------------------

    private static String hz(char c) {
        return c == HAMZA ? "أ" : String.valueOf(c);
    }

    /** Form VIII's first radical with its infixed ت, assimilated: اتصل، اتخذ، اضطر، اطلع، ازدحم، ادعى. */
    private String eighth() {
        return switch (f) {
            case WAW, HAMZA, 'ت' -> "ت";
            case 'ط' -> "ط";
            case 'د' -> "د";
            case 'ص', 'ض', 'ظ' -> f + "ط";
            case 'ز', 'ذ' -> f + "د";
            default -> f + "ت";
        };
    }

    /** What stands before the second radical in the perfect (prefix, first radical, infix). */
    private String perfectHead(boolean passive) {
        return switch (form) {
            case I -> hz(f);
            case II -> hz(f);
            case III -> hz(f) + (passive ? "و" : "ا");
            case IV -> f == HAMZA ? "آ" : "أ" + f;
            case V -> "ت" + f;
            case VI -> "ت" + f + (passive ? "و" : "ا");
            case VII -> "ان" + f;
            case VIII -> "ا" + eighth();
            case IX -> "ا" + f;
            case X -> "است" + f;
        };
    }

    /** What stands before the second radical in the imperfect, after the person prefix. */
    private String imperfectHead(boolean passive) {
        boolean u = form == VerbForm.II || form == VerbForm.III || form == VerbForm.IV;
        String first = f == HAMZA && u ? "ؤ" : hz(f);
        return switch (form) {
            case I -> v.root().assimilated() && !passive && v.imperfectVowel() != 'u' ? "" : first;
            case II, IV -> first;
            case III -> first + "ا";
            case V -> "ت" + f;
            case VI -> "ت" + f + "ا";
            case VII -> "ن" + f;
            case VIII -> eighth();
            case IX -> String.valueOf(f);
            case X -> "ست" + f;
        };
    }

    /** The hollow root's long vowel in the imperfect: يقول، يبيع، ينام؛ يفيد، يستفيد؛ ينقاد، يختار. */
    private String hollowImperfectVowel() {
        return switch (form) {
            case I -> imperfectVowelLetter('ا');
            case IV, X -> "ي";
            default -> "ا";
        };
    }

    /** Form I's imperfect vowel as the weak letter that carries it: u و، i ي، a the given letter (ا or ى). */
    private String imperfectVowelLetter(char forA) {
        return switch (v.imperfectVowel()) {
            case 'u' -> "و";
            case 'i' -> "ي";
            default -> String.valueOf(forA);
        };
    }

    /** رأى drops its middle hamza in the imperfect (يرى، يرون): the one such root in common use. */
    private boolean dropsMiddleHamza() {
        return form == VerbForm.I && a == HAMZA && defective && f == 'ر';
    }

    private String second() {
        return hz(a);
    }

    // ---- perfect --------------------------------------------------------------------------------------

    /** The perfect of a cell: قال، قالت، قالا، قالوا، قلن، قلت… */
    public String perfect(Cell c) {
        return perfect(c, false);
    }

    private String perfect(Cell c, boolean passive) {
        String head = perfectHead(passive);
        if (defective) {
            String base = head + second();
            boolean waw = form == VerbForm.I && l == WAW && v.perfectVowel() == 'a' && !passive;
            boolean iPerfect = passive || form == VerbForm.I && v.perfectVowel() != 'a';
            String glide = waw ? "و" : "ي";
            return switch (c) {
                case S3M -> passive || iPerfect ? base + "ي" : base + (waw ? "ا" : "ى");
                case S3F -> base + (iPerfect ? "يت" : "ت");
                case D3F -> base + (iPerfect ? "يتا" : "تا");
                case D3M -> base + glide + "ا";
                case P3M -> base + "وا";
                default -> base + glide + consonantSuffix(c);
            };
        }
        if (hollow && passive && form == VerbForm.IV) head = "أ" + f;
        String[] stems = stems(head, passive ? "ي" : "ا", false);
        String open = stems[0];
        String closed = stems[1];
        return switch (c) {
            case S3M -> open;
            case S3F -> open + "ت";
            case D3M -> open + "ا";
            case D3F -> open + "تا";
            case P3M -> open + "وا";
            default -> closed + consonantSuffix(c);
        };
    }

    private static String consonantSuffix(Cell c) {
        return switch (c) {
            case P3F -> "ن";
            case S2M, S2F, S1 -> "ت";
            case D2 -> "تما";
            case P2M -> "تم";
            case P2F -> "تن";
            case P1 -> "نا";
            default -> throw new IllegalArgumentException(c.name());
        };
    }

    // ---- imperfect ------------------------------------------------------------------------------------

    /** The indicative imperfect: يقول، تقولين، يقولان، يقولون، يقلن… */
    public String imperfect(Cell c) {
        return imperfect(c, Aspect.IMPERFECT);
    }

    /** The subjunctive (after أن، لن، كي). */
    public String subjunctive(Cell c) {
        return imperfect(c, Aspect.SUBJUNCTIVE);
    }

    /** The jussive (after لم، لا الناهية، لـ). */
    public String jussive(Cell c) {
        return imperfect(c, Aspect.JUSSIVE);
    }

    private String imperfect(Cell c, Aspect mood) {
        boolean passive = mood == Aspect.PASSIVE_IMPERFECT;
        String head = imperfectHead(passive);
        String p = c.prefix();
        boolean indicative = mood == Aspect.IMPERFECT || passive;
        if (defective) {
            String base = head + (dropsMiddleHamza() ? "" : second());
            char last = passive ? 'ى' : finalWeak();
            String glide = last == 'و' ? "و" : "ي";
            return p + switch (c) {
                case S3M, S3F, S2M, S1, P1 -> mood == Aspect.JUSSIVE ? base : base + last;
                case D3M, D3F, D2 -> base + glide + (indicative ? "ان" : "ا");
                case P3M, P2M -> base + (indicative ? "ون" : "وا");
                case P3F, P2F -> base + glide + "ن";
                case S2F -> base + (indicative ? "ين" : "ي");
            };
        }
        String[] stems = stems(head, passive ? "ا" : hollowImperfectVowel(), passive);
        String open = stems[0];
        String closed = stems[1];
        return p + switch (c) {
            case S3M, S3F, S2M, S1, P1 -> mood == Aspect.JUSSIVE && hollow ? closed : open;
            case D3M, D3F, D2 -> open + (indicative ? "ان" : "ا");
            case P3M, P2M -> open + (indicative ? "ون" : "وا");
            case P3F, P2F -> closed + "ن";
            case S2F -> open + (indicative ? "ين" : "ي");
        };
    }

    /**
     * A sound-final stem before a vowel suffix (open: قال، يقول، رد) and before a consonant suffix or none
     * (closed: قل، يقل، ردد): a hollow root's long vowel drops in a closed syllable (unless {@code keepLong}, the
     * passive imperfect يقال), a doubled root's radicals part.
     */
    private String[] stems(String head, String hollowVowel, boolean keepLong) {
        if (hollow) {
            String open = head + hollowVowel + l;
            return new String[] {open, keepLong ? open : head + l};
        }
        if (doubled) return new String[] {head + second(), head + second() + l};
        String open = head + second() + hz(l);
        return new String[] {open, open};
    }

    /** The defective imperfect's last letter: يدعو، يرمي، يرى؛ يلتقي، يبدي؛ يتلقى، يتبنى. */
    private char finalWeak() {
        return switch (form) {
            case I -> imperfectVowelLetter('ى').charAt(0);
            case V, VI -> 'ى';
            default -> 'ي';
        };
    }

    // ---- participle and masdar ------------------------------------------------------------------------

    /** The active participle, masculine singular without case ending: قائل، مؤكد، ملتق، داع، راد. */
    public String participle() {
        if (form == VerbForm.I) {
            String head = f == HAMZA ? "آ" : f + "ا";
            if (defective) return head + second();
            if (doubled) return head + second();
            return head + (hollow || a == HAMZA ? "ئ" : second()) + hz(l);
        }
        String impf = imperfect(Cell.S3M, Aspect.IMPERFECT).substring(1);
        if (defective) impf = impf.substring(0, impf.length() - 1);
        return "م" + impf;
    }

    /** The participle's inflections: مؤكدا، مؤكدة، مؤكدون، مؤكدين، مؤكدات، مؤكدان؛ ملتقيا، ملتقية، الداعي… */
    public List<String> participles() {
        String p = participle();
        List<String> out = new ArrayList<>();
        out.add(p);
        String stem = defective ? p + "ي" : p;
        if (defective) out.add(stem);
        for (String end : new String[] {"ا", "ة", "ين", "ات", "ان"}) out.add(stem + end);
        out.add(p + "ون");
        return out;
    }

    /** The verbal noun: the verb's own when given, else its form's pattern (تأكيد، مناقشة، إعلان، اجتماع…). */
    public String masdar() {
        if (v.masdar() != null) return v.masdar();
        String s = second();
        String fh = hz(f);
        String lh = hz(l);
        return switch (form) {
            case I -> null;
            case II -> defective ? "ت" + fh + s + "ية" : "ت" + fh + s + "ي" + lh;
            case III -> defective ? "م" + fh + "ا" + s + "اة" : "م" + fh + "ا" + s + lh + "ة";
            case IV -> defective ? "إ" + fh + s + "اء" : hollow ? "إ" + fh + "ا" + lh + "ة"
                    : (f == HAMZA ? "إي" : "إ" + fh) + s + "ا" + lh;
            case V -> defective ? "ت" + fh + s + "ي" : "ت" + fh + s + lh;
            case VI -> defective ? "ت" + fh + "ا" + s + "ي" : "ت" + fh + "ا" + s + lh;
            case VII -> defective ? "ان" + fh + s + "اء" : hollow ? "ان" + fh + "يا" + lh : "ان" + fh + s + "ا" + lh;
            case VIII -> defective ? "ا" + eighth() + s + "اء" : hollow ? "ا" + eighth() + "يا" + l
                    : "ا" + eighth() + s + "ا" + lh;
            case IX -> "ا" + fh + s + lh + "ا" + lh;
            case X -> defective ? "است" + fh + s + "اء" : hollow ? "است" + fh + "ا" + lh + "ة" : "است" + fh + s + "ا" + lh;
        };
    }

    // ---- the whole paradigm -----------------------------------------------------------------------------

    /**
     * Every form: perfect, imperfect, subjunctive and jussive in all thirteen cells; the third-person passive;
     * the participle's inflections; the masdar's inflections (see {@link Nominals#inflections}).
     */
    public List<WordForm> all() {
        List<WordForm> out = new ArrayList<>();
        for (Cell c : Cell.values()) {
            out.add(new WordForm(perfect(c), Aspect.PERFECT, c));
            out.add(new WordForm(imperfect(c), Aspect.IMPERFECT, c));
            out.add(new WordForm(subjunctive(c), Aspect.SUBJUNCTIVE, c));
            out.add(new WordForm(jussive(c), Aspect.JUSSIVE, c));
        }
        if (form != VerbForm.VII && form != VerbForm.IX) {
            for (Cell c : new Cell[] {Cell.S3M, Cell.S3F, Cell.D3M, Cell.P3M}) {
                out.add(new WordForm(perfect(c, true), Aspect.PASSIVE_PERFECT, c));
                out.add(new WordForm(imperfect(c, Aspect.PASSIVE_IMPERFECT), Aspect.PASSIVE_IMPERFECT, c));
            }
        }
        for (String p : participles()) out.add(new WordForm(p, Aspect.ACTIVE_PARTICIPLE, null));
        String m = masdar();
        if (m != null) {
            for (String n : Nominals.inflections(m)) out.add(new WordForm(n, Aspect.MASDAR, null));
        }
        return List.copyOf(out);
    }

    /**
     * The third-person verb forms as written before an object pronoun: ى and the plural's silent alef
     * change there (التقى → التقاه، يرى → يراه، التقوا → التقوه); the rest are unchanged.
     */
    public Set<String> objectHosts() {
        Set<String> out = new LinkedHashSet<>();
        for (WordForm w : all()) {
            if (w.cell() == null || !w.cell().third() || w.aspect() == Aspect.PASSIVE_PERFECT
                    || w.aspect() == Aspect.PASSIVE_IMPERFECT) {
                continue;
            }
            String s = w.text();
            if (s.endsWith("ى")) s = s.substring(0, s.length() - 1) + "ا";
            else if (s.endsWith("وا")) s = s.substring(0, s.length() - 1);
            out.add(s);
        }
        return out;
    }
}
