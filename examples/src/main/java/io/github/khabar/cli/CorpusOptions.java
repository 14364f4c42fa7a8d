package io.github.khabar.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** The inputs of {@code khabar corpus}, {@code khabar csv} and {@code khabar report} (a picocli mixin). */
final class CorpusOptions {
    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date for every document (overrides metadata.json).")
    LocalDate published;

    @Option(names = "--threads", defaultValue = "0",
            description = "Documents extracted at once (default: the number of processors).")
    int threads;

    @Option(names = "--lenient", description = "Replace invalid UTF-8 bytes and go on, with a warning.")
    boolean lenient;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Text files or directories of .txt files.")
    List<Path> paths;

    /** Reads, extracts and links the inputs; null after a usage error, which is reported on {@code err}. */
    CorpusInput.Result build(String command, PrintWriter err) {
        int n = threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors());
        try {
            return CorpusInput.build(command, paths, published, lenient, n, err);
        } catch (DocumentSource.UsageException | IOException e) {
            err.println("khabar " + command + ": " + e.getMessage());
            return null;
        }
    }
}
