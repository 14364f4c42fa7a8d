package io.github.khabar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.khabar.model.Document;

/** The bundled seed articles (from the seeds resource jar) and, when present, ../shared material. */
final class SeedTexts {
    static final Map<String, LocalDate> PUBLISHED = Map.of(
            "000_609a4f19a1811546", LocalDate.of(2025, 2, 24),
            "003_018bca4796b0a5f3", LocalDate.of(2025, 7, 31),
            "004_f1091ec8fa528e9a", LocalDate.of(2025, 2, 13));
    static final String[] IDS = {"000_609a4f19a1811546", "001_326bea3903292d52", "002_2ac46bbe3c7d16b3",
            "003_018bca4796b0a5f3", "004_f1091ec8fa528e9a"};

    private SeedTexts() {}

    static Map<String, Document> documents() {
        Map<String, Document> out = new LinkedHashMap<>();
        for (String id : IDS) {
            out.put(id, Document.of(id, text(id), PUBLISHED.get(id)));
        }
        return out;
    }

    static String text(String id) {
        String path = "/io/github/khabar/seeds/" + id + ".txt";
        try (InputStream in = SeedTexts.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing seed resource " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sibling {@code shared} folder of the project, or null when this checkout has none. */
    static Path shared() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null) {
            Path s = p.resolveSibling("shared");
            if (Files.isDirectory(s.resolve("gold"))) return s;
            p = p.getParent();
        }
        return null;
    }
}
