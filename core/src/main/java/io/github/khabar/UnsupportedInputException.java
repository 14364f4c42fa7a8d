package io.github.khabar;

/**
 * A document is not text Khabar can read: binary data, or HTML when the instance was built with
 * {@link HtmlPolicy#REJECT}. The message names the document, what was found and where.
 */
public final class UnsupportedInputException extends KhabarException {
    private static final long serialVersionUID = 1L;

    /** Why the document was refused. */
    public enum Reason { BINARY, HTML }

    private final Reason reason;

    public UnsupportedInputException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
