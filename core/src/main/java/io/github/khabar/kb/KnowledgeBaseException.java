package io.github.khabar.kb;

/**
 * A knowledge-base file could not be read or is invalid. The message names the file (its source name) and,
 * where possible, the JSON path of the problem, e.g. {@code my-kb.json: persons[3].roles[0].country: unknown
 * ISO 3166 country code "XX"}.
 */
public final class KnowledgeBaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String sourceName;

    public KnowledgeBaseException(String sourceName, String message) {
        this(sourceName, message, null);
    }

    public KnowledgeBaseException(String sourceName, String message, Throwable cause) {
        super(sourceName == null ? message : sourceName + ": " + message, cause);
        this.sourceName = sourceName;
    }

    /** The source name of the file at fault (a path or resource name); may be null. */
    public String sourceName() {
        return sourceName;
    }
}
