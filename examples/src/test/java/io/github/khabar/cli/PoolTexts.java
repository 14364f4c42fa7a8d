package io.github.khabar.cli;

import io.github.khabar.Khabar;
import io.github.khabar.KhabarException;
import io.github.khabar.KhabarJson;
import io.github.khabar.model.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Test-side access to the material beside the checkout: the project root, {@code ../shared/pool} (real
 * articles whose licence keeps them out of the repository) and the publication dates of a
 * {@code metadata.json} sidecar; and a helper that extracts a set of texts to a JSON Lines file.
 */
final class PoolTexts {
    private PoolTexts() {}

    /** The checkout's root: the nearest directory above the working directory that holds seeds/texts. */
    static Path projectRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("seeds/texts"))) p = p.getParent();
        if (p == null) throw new IllegalStateException("not inside the project: no seeds/texts above " + Path.of("").toAbsolutePath());
        return p;
    }

    /** {@code ../shared/pool/diplomacy/texts} beside the checkout, when it is there. */
    static Optional<Path> diplomacyTexts() {
        Path texts = projectRoot().resolveSibling("shared").resolve("pool/diplomacy/texts");
        return Files.isDirectory(texts) ? Optional.of(texts) : Optional.empty();
    }

    /** id → publication date from a sidecar {@code metadata.json} (empty when there is none). */
    static Map<String, LocalDate> published(Path metadata) throws IOException {
        Map<String, LocalDate> out = new HashMap<>();
        if (!Files.exists(metadata)) return out;
        for (JsonNode n : JsonMapper.builder().build().readTree(Files.readString(metadata))) {
            String p = n.path("published").asString(null);
            if (p != null) out.put(n.path("id").asString(), LocalDate.parse(p));
        }
        return out;
    }

    /** Extracts {@code <texts>/<id>.txt} for every id, dated by the directory's metadata.json, into {@code out}. */
    static Path extract(Khabar khabar, Path texts, Collection<String> ids, Path out) throws IOException, KhabarException {
        Map<String, LocalDate> published = published(texts.resolve("metadata.json"));
        StringBuilder sb = new StringBuilder();
        for (String id : ids.stream().sorted().toList()) {
            String text = Files.readString(texts.resolve(id + ".txt"), StandardCharsets.UTF_8);
            sb.append(KhabarJson.toJson(khabar.extract(Document.of(id, text, published.get(id))))).append('\n');
        }
        Files.writeString(out, sb.toString(), StandardCharsets.UTF_8);
        return out;
    }
}
