package io.github.khabar.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The inputs every reading command shares — {@code extract}, {@code corpus}, {@code csv}, {@code report} —
 * as one picocli mixin, so their options mean the same everywhere.
 */
final class InputOptions {
    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date for every document (overrides metadata.json).")
    LocalDate published;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "Documents read in parallel (default: one per core). The output order is the input"
                    + " order whatever N is.")
    int threads;

    @Option(names = "--lenient", description = "Replace invalid UTF-8 bytes and go on, with a diagnostic.")
    boolean lenient;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Text files or directories of .txt files.")
    List<Path> paths;

    /** The worker threads asked for (0: one per core); 0 after a usage error, which is reported on {@code err}. */
    int workers(String command, PrintWriter err) {
        if (threads < 0) {
            err.println("khabar " + command + ": --threads must be 0 (one per core) or more: " + threads);
            return 0;
        }
        return threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** Reads, extracts and links the inputs; null after a usage error, which is reported on {@code err}. */
    CorpusInput.Result build(String command, PrintWriter err) {
        int n = workers(command, err);
        if (n == 0) {
            return null;
        }
        try {
            return CorpusInput.build(command, paths, published, lenient, n, err);
        } catch (DocumentSource.UsageException | IOException e) {
            err.println("khabar " + command + ": " + e.getMessage());
            return null;
        }
    }
}
