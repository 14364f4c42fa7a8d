package io.github.khabar.cli;

import io.github.khabar.corpus.CorpusJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code khabar corpus}: reads many texts and prints them linked as one corpus (docs/contract.md, "The
 * corpus"): one actor per real actor, one event per real event with every source. Exit code 0 when every
 * document was read, 1 when some failed, 2 for a usage error or when none could be read.
 */
@Command(name = "corpus", mixinStandardHelpOptions = true,
        description = "Link the actors and events of many Arabic news texts across documents (JSON).")
final class CorpusCommand implements Callable<Integer> {
    enum Format { jsonl, json }

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = "--format", defaultValue = "jsonl",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (atomically: a temporary file renamed when complete).")
    Path output;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        CorpusInput.Result r = input.build("corpus", err);
        if (r == null) {
            return 2;
        }
        try (AtomicOutput file = output != null ? new AtomicOutput(output) : null) {
            Writer out = file != null ? file.writer() : spec.commandLine().getOut();
            if (format == Format.json) {
                out.write(CorpusJson.toJson(r.corpus()));
                out.write("\n");
            } else {
                CorpusJson.writeJsonLines(r.corpus(), out);
            }
            out.flush();
            if (file != null) file.commit();
        } catch (IOException e) {
            err.println("khabar corpus: cannot write output: " + e.getMessage());
            return 2;
        }
        return r.exitCode();
    }
}
