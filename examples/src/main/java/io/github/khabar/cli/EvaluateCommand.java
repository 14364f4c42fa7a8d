package io.github.khabar.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code khabar evaluate GOLD.json OUTPUT.jsonl [--texts DIR] [--json]}: scores extraction output against a
 * gold file and prints exactly what the reference scorer {@code evaluate.py} prints. Exit code 0 when scored,
 * 2 when a file is missing, unreadable or invalid (the message on standard error names it).
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {
            "Scores extraction output against a gold file: precision, recall and F1 for actors, meetings, "
                    + "visits and statements, attribute accuracies, evidence-offset integrity, and every miss.",
            "Same rules and figures as the reference scorer shared/eval/evaluate.py."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:scored", "2:a file is missing, unreadable or invalid, or the arguments are wrong"})
class EvaluateCommand implements Callable<Integer> {
    /** Exit code when a file cannot be scored. */
    static final int EXIT_BAD_FILE = 2;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GOLD", description = "The gold file (JSON), e.g. ../shared/dev/dev.gold.json.")
    Path gold;

    @Parameters(index = "1", paramLabel = "OUTPUT",
            description = "The extraction output: JSON Lines, a JSON array, or {\"documents\": [...]}.")
    Path output;

    @Option(names = "--texts", paramLabel = "DIR",
            description = "Directory of the original texts as <id>.txt; checks that evidence offsets cut their text.")
    Path texts;

    @Option(names = "--json", description = "Print the result as JSON (the same structure as evaluate.py --json).")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (texts != null && !Files.isDirectory(texts)) {
            err.println("warning: texts directory not found: " + texts + " (evidence offsets not checked)");
            err.flush();
        }
        EvaluationReport report;
        try {
            report = new Evaluator().evaluate(gold, output, texts);
        } catch (EvaluationException e) {
            err.println("khabar evaluate: " + e.getMessage());
            err.flush();
            return EXIT_BAD_FILE;
        }
        out.print(json ? report.toJson() + "\n" : report.toText());
        out.flush();
        return 0;
    }
}
