package io.github.khabar.cli;

import java.nio.file.Path;

/**
 * A gold or output file could not be scored: it is missing, unreadable, not JSON, or not shaped as the
 * scorer expects. {@link #file()} names the file at fault.
 */
public final class EvaluationException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;

    EvaluationException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    /** The file at fault. */
    public Path file() {
        return file;
    }
}
