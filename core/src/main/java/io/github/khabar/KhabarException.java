package io.github.khabar;

/**
 * A document could not be read: it breaks a configured limit, or the pipeline failed on it. The message
 * names the document; the library never throws an unchecked exception out of
 * {@link Khabar#extract(io.github.khabar.model.Document)} for bad input.
 */
public class KhabarException extends Exception {
    private static final long serialVersionUID = 1L;

    public KhabarException(String message) {
        super(message);
    }

    public KhabarException(String message, Throwable cause) {
        super(message, cause);
    }
}
