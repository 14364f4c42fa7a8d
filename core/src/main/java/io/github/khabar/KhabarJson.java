package io.github.khabar;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.khabar.model.Extraction;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads extractions in the JSON contract ({@code docs/contract.md}): camelCase fields,
 * UPPER_CASE enums, ISO dates, absent values and empty lists omitted — except the top-level lists of an
 * extraction, always present. The one place where JSON is configured; thread-safe.
 */
public final class KhabarJson {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .changeDefaultPropertyInclusion(v -> JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY,
                    JsonInclude.Include.NON_EMPTY))
            .withConfigOverride(Extraction.class, o -> o.setInclude(
                    JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL)))
            .build();
    private static final JsonMapper PRETTY = MAPPER.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();

    private KhabarJson() {}

    /** One line of JSON (a JSON Lines record). */
    public static String toJson(Extraction extraction) {
        return MAPPER.writeValueAsString(extraction);
    }

    /** Indented JSON, for people. */
    public static String toPrettyJson(Extraction extraction) {
        return PRETTY.writeValueAsString(extraction);
    }

    /** Reads one extraction; the record invariants are checked as it is built. */
    public static Extraction fromJson(String json) throws KhabarException {
        try {
            return MAPPER.readValue(json, Extraction.class);
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new KhabarException("not a valid extraction: " + e.getMessage(), e);
        }
    }
}
