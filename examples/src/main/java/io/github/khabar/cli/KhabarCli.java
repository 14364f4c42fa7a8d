package io.github.khabar.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** The {@code khabar} command line: {@code extract}, {@code corpus}, {@code csv}, {@code report}, {@code times}, {@code evaluate}. */
@Command(name = "khabar", mixinStandardHelpOptions = true, versionProvider = KhabarCli.Version.class,
        description = "Reads Arabic news: who met whom, who visited where, who said what.",
        subcommands = {ExtractCommand.class, CorpusCommand.class, CsvCommand.class, ReportCommand.class,
                TimesCommand.class, EvaluateCommand.class})
public final class KhabarCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (for tests and embedding: no System.exit). */
    public static int run(String... args) {
        CommandLine cl = commandLine();
        // Arabic output must not depend on the platform's default encoding
        cl.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        return cl.execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new KhabarCli());
        cl.registerConverter(LocalDate.class, LocalDate::parse);
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = KhabarCli.class.getPackage().getImplementationVersion();
            return new String[] {"khabar " + (v != null ? v : "0.1.0-SNAPSHOT")};
        }
    }
}
