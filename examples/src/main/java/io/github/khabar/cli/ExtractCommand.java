package io.github.khabar.cli;

import io.github.khabar.Khabar;
import io.github.khabar.KhabarException;
import io.github.khabar.KhabarJson;
import io.github.khabar.model.Diagnostic;
import io.github.khabar.model.Document;
import io.github.khabar.model.DocumentInfo;
import io.github.khabar.model.Extraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code khabar extract}: reads texts and prints their extractions. A document that fails is reported on
 * stderr (and as a diagnostic in json/jsonl output) and the run goes on; exit code 0 when every document
 * was read, 1 when some failed, 2 for a usage error or when none could be read.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract actors, meetings, visits and statements from Arabic news texts (.txt, UTF-8).")
final class ExtractCommand implements Callable<Integer> {
    enum Format { jsonl, json, text }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "jsonl",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (atomically: a temporary file renamed when complete).")
    Path output;

    @Mixin
    InputOptions input;

    /** One document's rendered output and its stderr lines, made by a worker and written in input order. */
    private record Outcome(String rendered, List<String> errors, boolean failed) {}

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        int workers = input.workers("extract", err);
        if (workers == 0) {
            return 2;
        }
        List<Path> files;
        try {
            files = DocumentSource.expand(input.paths);
        } catch (DocumentSource.UsageException e) {
            err.println("khabar extract: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("khabar extract: " + e.getMessage());
            return 2;
        }
        List<String> warnings = new ArrayList<>();
        Map<String, DocumentSource.Meta> metadata = DocumentSource.metadata(files, warnings);
        warnings.forEach(w -> err.println("khabar extract: warning: " + w));
        Khabar khabar = Khabar.builder().build();
        int failed = 0;
        ExecutorService pool = workers > 1 ? Executors.newFixedThreadPool(workers, daemons()) : null;
        try (AtomicOutput file = output != null ? new AtomicOutput(output) : null) {
            Writer out = file != null ? file.writer() : spec.commandLine().getOut();
            if (format == Format.json) out.write("{\"documents\": [\n");
            // documents are read and extracted by the workers; at most 2 per worker wait to be written, so
            // memory stays bounded by the window, not by the number of files
            ArrayDeque<Future<Outcome>> window = new ArrayDeque<>();
            boolean first = true;
            for (Path f : files) {
                if (pool == null) {
                    failed += write(process(f, metadata, khabar), out, err, first);
                    first = false;
                    continue;
                }
                window.add(pool.submit(() -> process(f, metadata, khabar)));
                if (window.size() >= 2 * workers) {
                    failed += write(window.poll().get(), out, err, first);
                    first = false;
                }
            }
            while (!window.isEmpty()) {
                failed += write(window.poll().get(), out, err, first);
                first = false;
            }
            if (format == Format.json) out.write("\n]}\n");
            out.flush();
            if (file != null) file.commit();
        } catch (IOException e) {
            err.println("khabar extract: cannot write output: " + e.getMessage());
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("khabar extract: interrupted");
            return 2;
        } catch (ExecutionException e) {
            // process() catches everything a document can throw; this is a bug in the command itself
            err.println("khabar extract: internal error: " + e.getCause());
            return 2;
        } finally {
            if (pool != null) pool.shutdownNow();
        }
        if (failed == files.size()) return 2;
        return failed > 0 ? 1 : 0;
    }

    private int write(Outcome o, Writer out, PrintWriter err, boolean first) throws IOException {
        o.errors().forEach(err::println);
        if (format == Format.json && !first) out.write(",\n");
        out.write(o.rendered());
        out.flush();
        return o.failed() ? 1 : 0;
    }

    /** Reads, extracts and renders one file; never throws (a failure is an outcome with a diagnostic). */
    private Outcome process(Path f, Map<String, DocumentSource.Meta> metadata, Khabar khabar) {
        List<String> errors = new ArrayList<>(1);
        boolean failed = false;
        // UTF-8 gives at least one char per three bytes: a larger file is over the limit unread
        DocumentSource.Input in = DocumentSource.read(f, metadata, input.published, input.lenient,
                3L * khabar.maxDocumentChars() + 3);
        Extraction x;
        if (!in.ok()) {
            errors.add("khabar extract: " + in.error());
            failed = true;
            x = failure(in, "UNREADABLE", in.error());
        } else {
            try {
                x = khabar.extract(new Document(in.id(), in.text(), in.published(), in.outlet()));
                if (in.warning() != null) {
                    errors.add("khabar extract: warning: " + in.warning());
                    List<Diagnostic> d = new ArrayList<>(x.diagnostics());
                    d.add(Diagnostic.of("INVALID_UTF8", in.warning()));
                    x = new Extraction(x.document(), x.actors(), x.meetings(), x.visits(), x.statements(), d);
                }
            } catch (KhabarException | RuntimeException | StackOverflowError e) {
                // one bad document never ends the run: it is reported and the others are read
                String why = e instanceof KhabarException ? e.getMessage() : "internal error: " + e;
                errors.add("khabar extract: " + f + ": " + why);
                failed = true;
                x = failure(in, "EXTRACTION_FAILED", why);
            }
        }
        String rendered;
        try {
            rendered = render(x);
        } catch (RuntimeException e) {
            errors.add("khabar extract: " + f + ": cannot write the extraction: " + e);
            failed = true;
            rendered = render(failure(in, "EXTRACTION_FAILED", "cannot write the extraction: " + e));
        }
        return new Outcome(rendered, errors, failed);
    }

    private static ThreadFactory daemons() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "khabar-extract-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private String render(Extraction x) {
        return switch (format) {
            case jsonl -> KhabarJson.toJson(x) + "\n";
            case json -> KhabarJson.toJson(x);
            case text -> TextSummary.of(x) + "\n";
        };
    }

    private static Extraction failure(DocumentSource.Input in, String code, String message) {
        DocumentInfo info = new DocumentInfo(in.id(), in.published(), in.text() == null ? 0 : in.text().length(), null);
        String where = message.startsWith(in.path().toString()) ? message : in.path() + ": " + message;
        return Extraction.empty(info, List.of(Diagnostic.of(code, where)));
    }
}
