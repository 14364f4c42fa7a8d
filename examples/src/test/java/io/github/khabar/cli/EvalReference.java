package io.github.khabar.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Test helper: locates the shared folder next to the project ({@code ../shared}) and runs the reference
 * scorer {@code shared/eval/evaluate.py} with {@code python3}.
 */
final class EvalReference {
    private EvalReference() {}

    /** The first {@code shared} folder found next to the working directory or one of its ancestors. */
    static Optional<Path> sharedDir() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path s = d.resolve("shared");
            if (Files.isRegularFile(s.resolve("eval/evaluate.py"))) return Optional.of(s);
        }
        return Optional.empty();
    }

    /** The reference scorer, if the shared folder is there. */
    static Optional<Path> script() {
        return sharedDir().map(s -> s.resolve("eval/evaluate.py"));
    }

    private static Boolean python;

    /** Whether {@code python3} runs. */
    static synchronized boolean pythonAvailable() {
        if (python == null) {
            try {
                Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                python = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
            } catch (IOException e) {
                python = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                python = false;
            }
        }
        return python;
    }

    /** Runs {@code python3 evaluate.py gold output [--texts DIR] [--json]} and returns its standard output. */
    static String run(Path gold, Path output, Path texts, boolean json) {
        Path script = script().orElseThrow();
        List<String> cmd = new ArrayList<>(List.of("python3", script.toString(), gold.toString(), output.toString()));
        if (texts != null) cmd.addAll(List.of("--texts", texts.toString()));
        if (json) cmd.add("--json");
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd);
            pb.environment().put("PYTHONIOENCODING", "utf-8");
            pb.environment().put("PYTHONUTF8", "1");
            Process p = pb.start();
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
            String out = read(p.getInputStream());
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("evaluate.py timed out: " + cmd);
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException("evaluate.py failed (" + p.exitValue() + "): " + cmd + "\n" + err.join());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String read(InputStream in) {
        try (in) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            in.transferTo(b);
            return b.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
