package io.github.khabar.cli;

import io.github.khabar.Khabar;
import io.github.khabar.corpus.Corpus;
import io.github.khabar.corpus.CorpusDocument;
import io.github.khabar.model.Document;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Builds a {@link Corpus} from text files or directories for {@code khabar corpus} and {@code khabar csv}: files
 * are read lazily in sorted order (with {@code metadata.json} dates and outlets), unreadable ones reported on
 * stderr and left out, and a progress bar drawn on stderr when it is a terminal.
 */
final class CorpusInput {
    /** The corpus, how many files could not be read or extracted, and how many there were. */
    record Result(Corpus corpus, int failed, int files) {
        /** 0 = all read, 1 = some failed, 2 = none read. */
        int exitCode() {
            return failed == files ? 2 : failed > 0 ? 1 : 0;
        }
    }

    private CorpusInput() {}

    static Result build(String command, List<Path> paths, LocalDate published, boolean lenient, int threads,
                        PrintWriter err) throws IOException, DocumentSource.UsageException {
        List<Path> files = DocumentSource.expand(paths);
        List<String> warnings = new ArrayList<>();
        Map<String, DocumentSource.Meta> metadata = DocumentSource.metadata(files, warnings);
        warnings.forEach(w -> err.println("khabar " + command + ": warning: " + w));
        Khabar khabar = Khabar.builder().build();
        int[] unreadable = {0};
        Stream<Document> docs = files.stream().map(f -> {
            DocumentSource.Input in = DocumentSource.read(f, metadata, published, lenient,
                    3L * khabar.maxDocumentChars() + 3);
            if (!in.ok()) {
                err.println("khabar " + command + ": " + in.error());
                unreadable[0]++;
                return null;
            }
            if (in.warning() != null) {
                err.println("khabar " + command + ": warning: " + in.warning());
            }
            return new Document(in.id(), in.text(), in.published(), in.outlet());
        }).filter(Objects::nonNull);
        ProgressBar bar = ProgressBar.forTerminal(files.size());
        int[] failed = {0};
        Corpus corpus = Corpus.builder(khabar)
                .parallelism(threads)
                .progress(d -> {
                    if (!d.ok()) {
                        err.println("khabar " + command + ": " + d.id() + ": " + d.error());
                        failed[0]++;
                    }
                    bar.step(d.id());
                })
                .build(docs);
        bar.done();
        return new Result(corpus, failed[0] + unreadable[0], files.size());
    }

    /** Progress on stderr, only when a person is watching (a console); silent otherwise. */
    static final class ProgressBar {
        private static final int WIDTH = 30;
        private final int total;
        private final PrintWriter out;
        private int done;
        private long lastDraw;

        private ProgressBar(int total, PrintWriter out) {
            this.total = total;
            this.out = out;
        }

        static ProgressBar forTerminal(int total) {
            return new ProgressBar(total, System.console() != null ? new PrintWriter(System.err, true) : null);
        }

        void step(String id) {
            done++;
            long now = System.nanoTime();
            if (out == null || (now - lastDraw < 100_000_000L && done < total)) {
                return;
            }
            lastDraw = now;
            int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
            out.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " " + id
                    + "   ");
            out.flush();
        }

        void done() {
            if (out != null) {
                out.print("\r" + " ".repeat(WIDTH + 60) + "\r");
                out.flush();
            }
        }
    }
}
