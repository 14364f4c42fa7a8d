package io.github.khabar.cli;

import io.github.khabar.Khabar;
import io.github.khabar.corpus.Corpus;
import io.github.khabar.model.Document;
import io.github.khabar.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date for every document (overrides metadata.json).")
    LocalDate published;

    @Option(names = "--title", defaultValue = "Khabar report", description = "Page title (default: ${DEFAULT-VALUE}).")
    String title;

    @Option(names = "--lenient", description = "Replace invalid UTF-8 bytes and go on.")
    boolean lenient;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Text files or directories of .txt files.")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files;
        try {
            files = DocumentSource.expand(paths);
        } catch (DocumentSource.UsageException | IOException e) {
            err.println("khabar report: " + e.getMessage());
            return 2;
        }
        List<String> warnings = new ArrayList<>();
        Map<String, DocumentSource.Meta> metadata = DocumentSource.metadata(files, warnings);
        warnings.forEach(w -> err.println("khabar report: warning: " + w));
        Map<String, Path> byId = new HashMap<>();
        int[] failed = {0};
        Corpus corpus = Corpus.builder(Khabar.builder().build()).build(files.stream().map(f -> {
            DocumentSource.Input in = DocumentSource.read(f, metadata, published, lenient);
            if (!in.ok()) {
                err.println("khabar report: " + in.error());
                failed[0]++;
                return null;
            }
            byId.put(in.id(), f);
            return new Document(in.id(), in.text(), in.published(), in.outlet());
        }).filter(Objects::nonNull));
        if (failed[0] == files.size()) return 2;
        try (AtomicOutput file = new AtomicOutput(output)) {
            // texts are read again one at a time as the page is written, so they are never all in memory
            Report.write(corpus.documents(), corpus.actors(), corpus.timeline(), corpus.graph(), id -> {
                Path f = byId.get(id);
                return f == null ? null : DocumentSource.read(f, metadata, published, lenient).text();
            }, title, file.writer());
            file.commit();
        } catch (IOException | UncheckedIOException e) {
            err.println("khabar report: cannot write " + output + ": " + e.getMessage());
            return 2;
        }
        return failed[0] > 0 ? 1 : 0;
    }
}
