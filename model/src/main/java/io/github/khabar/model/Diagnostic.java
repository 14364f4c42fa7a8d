package io.github.khabar.model;

/**
 * Something the reader of an extraction should know: an unbalanced quote, dropped boilerplate, a name read
 * two ways, a document that could not be read. {@code code} is an UPPER_CASE identifier;
 * {@code start}/{@code end} locate it in the original text when it has a place there.
 */
public record Diagnostic(String code, Integer start, Integer end, String message) {
    public Diagnostic {
        Checks.notBlank(code, "code");
        Checks.notBlank(message, "message");
        if ((start == null) != (end == null)) {
            throw new IllegalArgumentException("diagnostic: start and end must both be given or both be absent");
        }
        if (start != null) {
            Checks.range(start, end, "diagnostic");
        }
    }

    public static Diagnostic at(String code, int start, int end, String message) {
        return new Diagnostic(code, start, end, message);
    }

    public static Diagnostic of(String code, String message) {
        return new Diagnostic(code, null, null, message);
    }
}
