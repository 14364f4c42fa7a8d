package io.github.khabar.cli;

import io.github.khabar.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code khabar report}: reads texts as one corpus and writes one self-contained HTML page — timeline,
 * network of who met whom, event cards, and every article with its evidence highlighted. Exit code 0 when
 * every text was read, 1 when some could not be, 2 for a usage error or when none could be read.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write one self-contained HTML report (timeline, network, events, highlighted articles).")
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
            description = "The HTML file to write (atomically).")
    Path output;

    @Option(names = "--title", defaultValue = "Khabar report", description = "Page title (default: ${DEFAULT-VALUE}).")
    String title;

    @Mixin
    InputOptions input;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        CorpusInput.Result r = input.build("report", err);
        if (r == null || r.exitCode() == 2) return 2;
        Map<String, Path> files = new HashMap<>();
        try {
            DocumentSource.expand(input.paths).forEach(f -> files.putIfAbsent(DocumentSource.id(f), f));
        } catch (DocumentSource.UsageException | IOException e) {
            err.println("khabar report: " + e.getMessage());
            return 2;
        }
        try (AtomicOutput file = new AtomicOutput(output)) {
            // the texts are read again one at a time as the page is written: never all in memory at once
            Report.write(r.corpus(), id -> {
                Path f = files.get(id);
                return f == null ? null : DocumentSource.read(f, Map.of(), null, input.lenient).text();
            }, title, file.writer());
            file.commit();
        } catch (IOException | UncheckedIOException e) {
            err.println("khabar report: cannot write " + output + ": " + e.getMessage());
            return 2;
        }
        return r.exitCode();
    }
}
