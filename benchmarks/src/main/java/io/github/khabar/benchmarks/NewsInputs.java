package io.github.khabar.benchmarks;

import io.github.khabar.model.Document;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The two news inputs of the extraction benchmarks: {@code generated} ({@link NewsCorpus}, about 2 MB,
 * always available) and {@code diplomacy}, real articles read at run time from the directory named by the
 * system property {@code khabar.pool} (default {@code /work/shared/pool/diplomacy/texts}; never copied into
 * the project). Documents are held with their UTF-8 sizes so benchmarks can count input bytes.
 */
public final class NewsInputs {
    /** UTF-8 bytes of generated text used by the extraction benchmarks. */
    public static final long GENERATED_BYTES = 2_000_000L;
    public static final String POOL_PROPERTY = "khabar.pool";
    public static final String DEFAULT_POOL = "/work/shared/pool/diplomacy/texts";

    /** Documents and their UTF-8 sizes, index for index. */
    public record Inputs(List<Document> documents, int[] utf8Bytes) {
        public long totalBytes() {
            long t = 0;
            for (int b : utf8Bytes) t += b;
            return t;
        }
    }

    private NewsInputs() {}

    /** {@code generated} or {@code diplomacy}; fails (naming the property) when the pool is missing. */
    public static Inputs load(String corpus) {
        List<Document> docs = switch (corpus) {
            case "generated" -> NewsCorpus.documents(GENERATED_BYTES, NewsCorpus.SEED);
            case "diplomacy" -> pool(Path.of(System.getProperty(POOL_PROPERTY, DEFAULT_POOL)));
            default -> throw new IllegalArgumentException("unknown corpus: " + corpus + " (generated, diplomacy)");
        };
        int[] bytes = new int[docs.size()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = docs.get(i).text().getBytes(StandardCharsets.UTF_8).length;
        }
        return new Inputs(List.copyOf(docs), bytes);
    }

    /** Every {@code .txt} file of a directory, in name order, without publication dates. */
    static List<Document> pool(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("no article directory " + dir + " (set -D" + POOL_PROPERTY + "=DIR)");
        }
        try (Stream<Path> s = Files.list(dir)) {
            List<Document> out = new ArrayList<>();
            for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String name = f.getFileName().toString();
                out.add(Document.of(name.substring(0, name.length() - 4), Files.readString(f, StandardCharsets.UTF_8),
                        null));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
