package io.github.khabar.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
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

    @Mixin
    InputOptions input;

    @Option(names = {"-o", "--output"}, paramLabel = "OUTDIR", required = true,
            description = "Directory for the tables (created if missing; each file written atomically).")
    Path outDir;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        CorpusInput.Result r = input.build("csv", err);
        if (r == null) {
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
