package io.github.khabar.text.time;

/**
 * Which way from the reference date a time expression whose words leave it open ("يوم الخميس",
 * "15 ديسمبر") points, when the caller knows it from elsewhere: the tense of the event it dates. See
 * {@link ArabicTimeRecognizer#orient}.
 */
public enum TimeDirection {
    /** The expression dates something that already happened: on or before the reference. */
    BACKWARD,
    /** The expression dates something planned or expected: on or after the reference. */
    FORWARD
}
