package io.github.khabar.cli;

import io.github.khabar.text.time.ArabicTimeRecognizer;
import io.github.khabar.text.time.TimeMention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code khabar times}: one JSON line per time expression found (start, end, text, value, kind; mod and inference when set). */
@Command(name = "times", mixinStandardHelpOptions = true,
        description = "List the time expressions of a text with their resolved values.")
final class TimesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Reference date for relative times.")
    LocalDate published;

    @Option(names = "--lenient", description = "Replace invalid UTF-8 bytes and go on.")
    boolean lenient;

    @Parameters(paramLabel = "FILE", description = "A UTF-8 text file.")
    Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!java.nio.file.Files.isRegularFile(file)) {
            err.println("khabar times: no such file: " + file);
            return 2;
        }
        DocumentSource.Input in = DocumentSource.read(file, Map.of(), published, lenient);
        if (!in.ok()) {
            err.println("khabar times: " + in.error());
            return 2;
        }
        JsonMapper mapper = JsonMapper.builder().build();
        List<TimeMention> found = ArabicTimeRecognizer.create().find(in.text(), published);
        for (TimeMention t : found) {
            ObjectNode n = mapper.createObjectNode();
            n.put("start", t.start());
            n.put("end", t.end());
            n.put("text", t.text());
            n.put("value", t.value());
            n.put("kind", t.kind().name());
            if (t.mod() != null) {
                n.put("mod", t.mod());
            }
            if (t.inference() != null) {
                n.put("inference", t.inference());
            }
            out.println(mapper.writeValueAsString(n));
        }
        out.flush();
        return 0;
    }
}
