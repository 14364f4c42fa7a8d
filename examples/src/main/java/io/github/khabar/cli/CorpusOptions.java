package io.github.khabar.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The options of every command that reads texts as one corpus ({@code @Mixin}): the paths, a publication
 * date for all, the number of extraction threads and lenient UTF-8.
 */
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

    /** Reads and links the texts; {@code command} names the command in messages on {@code err}. */
    CorpusInput.Result build(String command, PrintWriter err) throws IOException, DocumentSource.UsageException {
        return CorpusInput.build(command, paths, published, lenient, CorpusCommand.Threads.of(threads), err);
    }
}
