package io.github.khabar.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code khabar report}: the page is written atomically, unreadable files are reported, usage errors exit 2. */
class ReportCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesThePageAndReportsAnUnreadableFile() throws IOException {
        Path texts = Files.createDirectories(dir.resolve("texts"));
        Files.writeString(texts.resolve("a.txt"), "التقى وزير الخارجية الأردني أيمن الصفدي نظيره المصري في عمّان اليوم.",
                StandardCharsets.UTF_8);
        Files.write(texts.resolve("b.txt"), new byte[] {(byte) 0xC3, (byte) 0x28});   // invalid UTF-8
        Path out = dir.resolve("out/report.html");
        ExtractCommandTest.Run r = ExtractCommandTest.run("report", "--title", "T <1>", "-o", out.toString(), texts.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("b.txt") && r.err().contains("invalid UTF-8"), r.err());
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<title>T &lt;1&gt;</title>"));
        assertTrue(html.contains("<script type=\"application/json\" id=\"t0\">"), "the readable article's text");
        assertFalse(html.contains("id=\"t1\""), "nothing for the unreadable one");
        try (var files = Files.list(out.getParent())) {
            assertEquals(1, files.count(), "no temporary file left beside it");
        }
    }

    @Test
    void usageErrorsExitTwoAndWriteNothing() {
        Path out = dir.resolve("report.html");
        assertEquals(2, ExtractCommandTest.run("report", "-o", out.toString(), dir.resolve("missing").toString()).code());
        assertEquals(2, ExtractCommandTest.run("report", dir.toString()).code(), "-o is required");
        assertFalse(Files.exists(out));
    }
}
