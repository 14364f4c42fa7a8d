package io.github.khabar.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code khabar csv}: the linked corpus as flat RFC 4180 tables in a directory — actors, meetings, visits,
 * statements, mentions, evidence, sources (see {@link CorpusTables}). Exit codes as {@code khabar corpus}.
 */
@Command(name = "csv", mixinStandardHelpOptions = true,
        description = "Write the linked corpus of many Arabic news texts as CSV tables (RFC 4180, UTF-8).")
final class CsvCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "OUTDIR", required = true,
            description = "Directory for the tables (created if missing; each file written atomically).")
    Path outDir;

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

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        CorpusInput.Result r;
        try {
            r = CorpusInput.build("csv", paths, published, lenient, CorpusCommand.Threads.of(threads), err);
        } catch (DocumentSource.UsageException | IOException e) {
            err.println("khabar csv: " + e.getMessage());
            return 2;
        }
        try {
            CorpusTables.write(r.corpus(), outDir);
        } catch (IOException e) {
            err.println("khabar csv: cannot write output: " + e.getMessage());
            return 2;
        }
        return r.exitCode();
    }
}
