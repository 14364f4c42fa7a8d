package io.github.khabar;

/**
 * What {@link Khabar#extract} does with a text that is HTML rather than plain text (see
 * {@code docs/reliability.md}). Either way evidence offsets stay offsets into the string the caller passed.
 */
public enum HtmlPolicy {
    /**
     * Read the text with the markup blanked out: every tag, comment, script and style is replaced by spaces
     * of the same length (a block tag such as {@code <p>} by a line break and spaces), every character
     * reference ({@code &quot;}) by its character and spaces. Offsets do not move, so evidence still points
     * into the original markup; an {@code HTML_STRIPPED} diagnostic says so. The default.
     */
    STRIP,
    /** Refuse the document with an {@link UnsupportedInputException} ({@link UnsupportedInputException.Reason#HTML}). */
    REJECT
}
