package io.github.khabar.text.morph;

/**
 * The derived verb forms (أوزان) of a triliteral root, I to X: فعل، فعّل، فاعل، أفعل، تفعّل، تفاعل، انفعل، افتعل،
 * افعلّ، استفعل.
 */
public enum VerbForm {
    /** فَعَل (قال، زار، دعا، ردّ). */ I,
    /** فعّل (أكّد، شدّد). */ II,
    /** فاعل (ناقش، تابع). */ III,
    /** أفعل (أعلن، أفاد، أبدى). */ IV,
    /** تفعّل (توجّه، تلقّى). */ V,
    /** تفاعل (تباحث). */ VI,
    /** انفعل (انعقد). */ VII,
    /** افتعل (اجتمع، التقى، اتصل). */ VIII,
    /** افعلّ (احمرّ). */ IX,
    /** استفعل (استقبل، استفاد). */ X;

    /** The form from its Roman numeral ({@code "VIII"}) or its number ({@code "8"}). */
    public static VerbForm parse(String s) {
        String t = s.strip();
        if (!t.isEmpty() && Character.isDigit(t.charAt(0))) {
            int n = Integer.parseInt(t);
            if (n < 1 || n > 10) throw new IllegalArgumentException("verb form out of range: " + s);
            return values()[n - 1];
        }
        return valueOf(t);
    }
}
