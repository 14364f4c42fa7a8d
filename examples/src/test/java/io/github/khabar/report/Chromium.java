package io.github.khabar.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Headless Debian chromium for the report's browser tests: a fresh profile per run, no network services. */
final class Chromium {
    static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final long TIMEOUT_SECONDS = 120;

    private Chromium() {}

    static boolean available() {
        return Files.isExecutable(BINARY);
    }

    /** The DOM after the page's load event, as chromium serialises it; with a screenshot when asked. */
    static String dumpDom(Path html, String fragment, Path screenshot, Path work) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "profile");
        Path out = work.resolve("dom-" + System.nanoTime() + ".html");
        Path err = work.resolve("chromium-" + System.nanoTime() + ".log");
        List<String> cmd = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1400,1000"));
        cmd.add(screenshot != null ? "--screenshot=" + screenshot.toAbsolutePath() : "--dump-dom");
        cmd.add(html.toUri() + (fragment == null ? "" : fragment));
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new IllegalStateException("chromium did not finish in " + TIMEOUT_SECONDS + " s: " + cmd);
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException("chromium exit " + p.exitValue() + ": " + Files.readString(err));
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
