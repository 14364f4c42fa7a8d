package io.github.khabar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.khabar.model.DocumentInfo;
import io.github.khabar.model.Extraction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * KhabarJson writes with Jackson's streaming generator since khabar-core stopped depending on
 * jackson-databind (issue #17). Here the data-binding mapper KhabarJson had before, configured exactly as
 * it was, writes the same extractions: the bytes must be the same, one line and indented, and each reads
 * the other's output back to the same records.
 */
class KhabarJsonParityTest {
    private static final JsonMapper OLD = JsonMapper.builder()
            .changeDefaultPropertyInclusion(v -> JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY,
                    JsonInclude.Include.NON_EMPTY))
            .withConfigOverride(Extraction.class, o -> o.setInclude(
                    JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL)))
            .build();
    private static final JsonMapper OLD_PRETTY = OLD.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();

    private static final List<Extraction> EXTRACTIONS = new ArrayList<>();

    @BeforeAll
    static void extract() throws KhabarException {
        Khabar khabar = Khabar.builder().build();
        for (var doc : SeedTexts.documents().values()) {
            EXTRACTIONS.add(khabar.extract(doc));
        }
        EXTRACTIONS.add(KhabarJsonTest.sample());
        EXTRACTIONS.add(Extraction.empty(new DocumentInfo("e", null, 0, null), List.of()));
    }

    @Test
    void writesTheBytesTheDataBindingMapperWrote() {
        for (Extraction x : EXTRACTIONS) {
            String id = x.document().id();
            assertEquals(OLD.writeValueAsString(x), KhabarJson.toJson(x), id);
            assertEquals(OLD_PRETTY.writeValueAsString(x), KhabarJson.toPrettyJson(x), id);
        }
    }

    @Test
    void readsWhatTheDataBindingMapperReads() throws KhabarException {
        for (Extraction x : EXTRACTIONS) {
            String json = OLD.writeValueAsString(x);
            assertEquals(OLD.readValue(json, Extraction.class), KhabarJson.fromJson(json), x.document().id());
            assertEquals(x, OLD.readValue(KhabarJson.toPrettyJson(x), Extraction.class), x.document().id());
        }
    }
}
