package io.github.khabar.text;

/** The kind of a {@link Token}. */
public enum TokenType {
    /** A run of Arabic-script letters with their marks, tatweel and inner ZWNJ/ZWJ. */
    ARABIC_WORD,
    /** A run of letters of any other script (Latin, Cyrillic, …), with digits after the first letter ({@code G20}). */
    LATIN_WORD,
    /** Digits of any script, with single inner separators {@code . , : /} ٫ ٬ between digits. */
    NUMBER,
    /** One punctuation character other than a quote mark. */
    PUNCTUATION,
    /** One quotation mark: {@code " ' « » “ ” „ ‟ ‘ ’ ‚ ‛ ‹ ›} and their fullwidth/prime look-alikes. */
    QUOTE,
    /** Anything else that is visible: symbols, emoji, unpaired surrogates, stray marks. */
    SYMBOL
}
