package io.github.khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code khabar evaluate} through picocli, with captured standard output and error. */
class EvalCommandTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = new CommandLine(new EvaluateCommand());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private static String gold() {
        return EvalDifferentialTest.resource("rules/gold.json").toString();
    }

    private static String output() {
        return EvalDifferentialTest.resource("rules/out.jsonl").toString();
    }

    @Test
    void printsTheTextReport() {
        int code = run(gold(), output(), "--texts", EvalDifferentialTest.resource("rules/texts").toString());
        assertEquals(0, code, err.toString());
        String text = out.toString();
        assertTrue(text.startsWith("  d1: role of spa not found: وكالة (None)\n"), text);
        assertTrue(text.contains("\nactors      P=0.73 R=0.80 F1=0.76  (tp=8 fp=3 fn=2)\n"), text);
        assertTrue(text.contains("\nstatements  P=0.57 R=0.67 F1=0.62  (tp=4 fp=3 fn=2)\n"), text);
        assertTrue(text.contains("\n  evidence.offsets   acc=0.39 n=28\n"), text);
        assertTrue(text.endsWith("  visit.status       acc=0.75 n=4\n"), text);
        assertEquals(new Evaluator().evaluate(Path.of(gold()), Path.of(output()), EvalDifferentialTest.resource("rules/texts")).toText(), text);
        assertEquals("", err.toString());
    }

    @Test
    void printsJson() {
        assertEquals(0, run("--json", gold(), output()));
        JsonNode j = JsonMapper.builder().build().readTree(out.toString());
        assertEquals(8, j.get("actors").get("tp").intValue());
        assertEquals(0.8, j.get("actors").get("r").doubleValue());
        assertEquals(4, j.get("attributes").get("visit.status").get("n").intValue());
        assertTrue(j.get("problems").isArray());
        assertTrue(out.toString().startsWith("{\n \"actors\": {\n  \"p\": "), out.toString());
    }

    @Test
    void attributeWithNoItemsPrintsADash() throws IOException {
        Path g = Files.writeString(tmp.resolve("g.json"), "{\"actors\": {}, \"places\": {}, \"documents\": []}");
        Path o = Files.writeString(tmp.resolve("o.jsonl"), "");
        assertEquals(0, run(g.toString(), o.toString()));
        assertEquals("""
                actors      P=0.00 R=0.00 F1=0.00  (tp=0 fp=0 fn=0)
                meetings    P=0.00 R=0.00 F1=0.00  (tp=0 fp=0 fn=0)
                visits      P=0.00 R=0.00 F1=0.00  (tp=0 fp=0 fn=0)
                statements  P=0.00 R=0.00 F1=0.00  (tp=0 fp=0 fn=0)
                """, out.toString());
        // acc None prints as "-"
        EvaluationReport.Attribute none = EvaluationReport.Attribute.of(0, 0);
        assertEquals(null, none.acc());
    }

    @Test
    void missingGoldFileExitsWith2AndNamesIt() {
        String missing = tmp.resolve("no-such-gold.json").toString();
        assertEquals(2, run(missing, output()));
        assertTrue(err.toString().contains(missing), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void missingOutputFileExitsWith2AndNamesIt() {
        String missing = tmp.resolve("no-such-output.jsonl").toString();
        assertEquals(2, run(gold(), missing));
        assertTrue(err.toString().contains(missing), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void invalidJsonExitsWith2AndNamesTheFile() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.jsonl"), "{\"document\": {\"id\": \"d1\"}}\n{not json\n");
        assertEquals(2, run(gold(), bad.toString()));
        assertTrue(err.toString().contains(bad.toString()) && err.toString().contains("line 2"), err.toString());

        Path badGold = Files.writeString(tmp.resolve("bad-gold.json"), "{\"documents\": [");
        assertEquals(2, run(badGold.toString(), output()));
        assertTrue(err.toString().contains(badGold.toString()), err.toString());
    }

    @Test
    void wronglyShapedFilesExitWith2() throws IOException {
        Path notDocs = Files.writeString(tmp.resolve("numbers.json"), "[1, 2]");
        assertEquals(2, run(gold(), notDocs.toString()));
        assertTrue(err.toString().contains(notDocs.toString()), err.toString());

        Path bom = tmp.resolve("bom.jsonl");
        Files.write(bom, ("\uFEFF{\"document\": {\"id\": \"d1\"}}\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(2, run(gold(), bom.toString()));

        Path goldNoDocs = Files.writeString(tmp.resolve("gold-no-docs.json"), "{\"actors\": {}}");
        assertEquals(2, run(goldNoDocs.toString(), output()));
        assertTrue(err.toString().contains(goldNoDocs.toString()), err.toString());
    }

    @Test
    void missingTextsDirectoryWarnsButScores() {
        String nowhere = tmp.resolve("nowhere").toString();
        assertEquals(0, run(gold(), output(), "--texts", nowhere));
        assertTrue(err.toString().contains(nowhere), err.toString());
        assertTrue(out.toString().contains("actors      P="));
    }

    @Test
    void missingArgumentIsAUsageError() {
        assertEquals(2, run(gold()));
        assertTrue(err.toString().contains("OUTPUT"), err.toString());
    }

    @Test
    void helpDescribesTheCommand() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("evaluate") && out.toString().contains("--texts"), out.toString());
    }
}
