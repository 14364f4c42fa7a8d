package io.github.khabar.text.morph;

/** A person-gender-number cell of a verb paradigm: {@code S3M} is "he", {@code D3F} "they two (f.)", {@code P1} "we". */
public enum Cell {
    S3M, S3F, D3M, D3F, P3M, P3F, S2M, S2F, D2, P2M, P2F, S1, P1;

    /** Third person (the only one news reports with). */
    public boolean third() {
        return ordinal() <= P3F.ordinal();
    }

    /** The imperfect's person prefix, written without diacritics. */
    String prefix() {
        return switch (this) {
            case S3M, D3M, P3M, P3F -> "ي";
            case S1 -> "أ";
            case P1 -> "ن";
            default -> "ت";
        };
    }
}
